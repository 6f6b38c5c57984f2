package io.cloudgate.ec2.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * An embedded cloud on a clock the test moves, the EC2 context over it, request contexts for two
 * accounts, and launching instances through the port (for attaching volumes and addresses).
 */
public final class Ec2Testbed implements AutoCloseable {
    public static final String ACCOUNT = "111122223333";
    public static final String OTHER_ACCOUNT = "444455556666";
    public static final String ZONE = "us-east-1a";

    public final MovableClock clock = new MovableClock();
    private final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    public final Ec2Context context;

    public Ec2Testbed() {
        this(EmbeddedSettings.defaults());
    }

    public Ec2Testbed(EmbeddedSettings settings) {
        context = Ec2Context.of(EmbeddedCompute.open(store, clock, settings), store, "us-east-1", clock);
    }

    public RequestContext as(String account) {
        Principal principal = new Principal(account, "arn:aws:iam::" + account + ":root", account, null,
                "AKIATEST" + account, false);
        return new RequestContext("request-1", principal, "us-east-1", clock);
    }

    public RequestContext tenant() {
        return as(ACCOUNT);
    }

    public RequestContext other() {
        return as(OTHER_ACCOUNT);
    }

    /** Launches a running instance of the account in the zone; returns its instance id. */
    public String runningInstance(String account, String zone) {
        Image image = context.compute().images().visibleTo(account).stream()
                .filter(candidate -> candidate.architecture().equals("x86_64"))
                .findFirst().orElseThrow();
        Machine machine = context.compute().machines().launch(account, new LaunchSpec(image.id(), "t3.micro", zone,
                null, List.of(), null, null, List.of(), null, false));
        clock.advance(Duration.ofMinutes(1));
        return context.ids().toAws(ResourceKind.INSTANCE, machine.id());
    }

    /** The machine behind an instance id of the account. */
    public Machine machine(String account, String instanceId) {
        String machineId = context.ids().requireBackend(ResourceKind.INSTANCE, instanceId);
        return context.compute().machines().find(account, machineId).orElseThrow();
    }

    /** Asserts the call fails with an AWS error of that code; returns the message. */
    public static String errorCode(ThrowingCallable call, String code) {
        String[] message = new String[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            message[0] = e.getMessage();
        });
        return message[0];
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock tests move by hand. */
    public static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-03-01T10:00:00Z");

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
