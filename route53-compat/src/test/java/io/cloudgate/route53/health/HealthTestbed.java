package io.cloudgate.route53.health;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;

/**
 * Health checks over an in-memory store on a clock the test moves, with the checker ticked by the test, request
 * contexts for an account, and a record of the flips listeners heard.
 */
final class HealthTestbed implements AutoCloseable {
    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";

    final MovableClock clock = new MovableClock();
    final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    final HealthChecks checks = new HealthChecks(store, clock, new NetworkProber());
    final List<String> flips = new ArrayList<>();

    HealthTestbed() {
        checks.onChange((account, id, healthy) -> {
            synchronized (flips) {
                flips.add(id + "=" + (healthy ? "healthy" : "unhealthy"));
            }
        });
    }

    RequestContext as(String account) {
        Principal principal = new Principal(account, "arn:aws:iam::" + account + ":root", account, null,
                "AKIATEST" + account, false);
        return new RequestContext("request-1", principal, "us-east-1", clock);
    }

    @SuppressWarnings("unchecked")
    <O> O call(String operation, Object request) {
        return call(operation, request, ACCOUNT);
    }

    @SuppressWarnings("unchecked")
    <O> O call(String operation, Object request, String account) {
        BoundOperation bound = checks.operations().stream().filter(op -> op.name().equals(operation))
                .findFirst().orElseThrow();
        return (O) bound.handler().handle(request, as(account));
    }

    String create(HealthCheckConfig config) {
        CreateHealthCheckResponse response = call("CreateHealthCheck", CreateHealthCheckRequest.builder()
                .callerReference("ref-" + System.nanoTime()).healthCheckConfig(config).build());
        return response.healthCheck().id();
    }

    /** One checker round, waiting for the probes it started. */
    void tick() {
        try {
            checks.tick().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("checker round failed", e);
        }
    }

    /** Moves the clock by the interval and runs a round. */
    void tickAfter(Duration interval) {
        clock.advance(interval);
        tick();
    }

    List<String> flips() {
        synchronized (flips) {
            return List.copyOf(flips);
        }
    }

    boolean healthy(String id) {
        return checks.isHealthy(ACCOUNT, id);
    }

    /** Asserts the call fails with an AWS error of that code and status; returns the message. */
    static String error(ThrowingCallable call, String code, int status) {
        String[] message = new String[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(status);
            message[0] = e.getMessage();
        });
        return message[0];
    }

    @Override
    public void close() {
        checks.close();
        store.close();
    }

    /** A clock that stands still until moved. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
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
