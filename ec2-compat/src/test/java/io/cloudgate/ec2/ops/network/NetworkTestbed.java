package io.cloudgate.ec2.ops.network;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** An embedded cloud, the EC2 context over it and request contexts for two accounts. */
final class NetworkTestbed implements AutoCloseable {
    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";

    final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    final Compute compute = EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults());
    final Ec2Context context = Ec2Context.of(compute, store, "us-east-1", clock);

    RequestContext as(String account) {
        Principal principal = new Principal(account, "arn:aws:iam::" + account + ":root", account, null,
                "AKIATEST" + account, false);
        return new RequestContext("request-1", principal, "us-east-1", clock);
    }

    RequestContext tenant() {
        return as(ACCOUNT);
    }

    RequestContext other() {
        return as(OTHER_ACCOUNT);
    }

    /** Asserts the call fails with an AWS error of that code; returns the message for further checks. */
    static String errorCode(ThrowingCallable call, String code) {
        String[] message = new String[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            message[0] = e.getMessage();
        });
        return message[0];
    }

    @Override
    public void close() {
        store.close();
    }
}
