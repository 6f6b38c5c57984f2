package io.cloudgate.ec2.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.ec2.testing.Ec2Testbed.MovableClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateTokensTest {
    private static final String ACCOUNT = "111122223333";

    private final MovableClock clock = new MovableClock();
    private final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final CreateTokens tokens = new CreateTokens(store, clock, "CreateVolume");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ofTwoSimultaneousFirstCallsOnlyOneCreatesAndTheOtherGetsItsResource() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(2)) {
            Future<Optional<String>> winner = executor.submit(() -> {
                Optional<String> earlier = tokens.earlier(ACCOUNT, "token", 7);
                claimed.countDown();
                Thread.sleep(100);
                tokens.remember(ACCOUNT, "token", 7, "vol-0000000000000000a");
                return earlier;
            });
            claimed.await();
            Future<Optional<String>> loser = executor.submit(() -> tokens.earlier(ACCOUNT, "token", 7));
            assertThat(winner.get()).isEmpty();
            assertThat(loser.get()).contains("vol-0000000000000000a");
        }
        assertThatThrownBy(() -> tokens.earlier(ACCOUNT, "token", 8)).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.code()).isEqualTo("IdempotentParameterMismatch"));
        assertThat(new CreateTokens(store, clock, "CreateLaunchTemplate").earlier(ACCOUNT, "token", 8)).isEmpty();
    }

    @Test
    void aReleasedTokenCanBeClaimedAgain() {
        assertThat(tokens.earlier(ACCOUNT, "retry", 1)).isEmpty();
        tokens.release(ACCOUNT, "retry");
        assertThat(tokens.earlier(ACCOUNT, "retry", 1)).isEmpty();
        assertThat(tokens.earlier(ACCOUNT, null, 1)).isEmpty();
    }
}
