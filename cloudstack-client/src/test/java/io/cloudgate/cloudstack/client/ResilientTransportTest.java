package io.cloudgate.cloudstack.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilientTransportTest {
    private static final ResilienceSettings FAST = new ResilienceSettings(50, 4, Duration.ofMinutes(1), 3,
            Duration.ZERO, 2, Duration.ZERO);
    private final CloudStackClient signer = new CloudStackClient(TestKeys.RECORDER, request -> null);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void readOnlyCallsAreRetriedOnAnOutage() {
        ResilientTransport transport = new ResilientTransport("test", request -> {
            if (calls.incrementAndGet() < 3) {
                throw new CloudStackUnavailableException("connection refused");
            }
            return new RawResponse(200, "{\"listzonesresponse\":{}}");
        }, FAST);
        assertThat(transport.send(signer.sign("listZones", Map.of())).status()).isEqualTo(200);
        assertThat(calls).hasValue(3);
    }

    @Test
    void mutationsAreNeverRepeated() {
        ResilientTransport transport = new ResilientTransport("test", request -> {
            calls.incrementAndGet();
            return new RawResponse(503, "busy");
        }, FAST);
        assertThatThrownBy(() -> transport.send(signer.sign("deployVirtualMachine", Map.of())))
                .isInstanceOf(CloudStackUnavailableException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void apiErrorsAreAnswersAndNeverOpenTheCircuit() {
        ResilientTransport transport = new ResilientTransport("test", request -> {
            calls.incrementAndGet();
            return new RawResponse(431, "{\"x\":{\"errorcode\":431}}");
        }, FAST);
        for (int i = 0; i < 10; i++) {
            assertThat(transport.send(signer.sign("listZones", Map.of())).status()).isEqualTo(431);
        }
        assertThat(calls).hasValue(10);
        assertThat(transport.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void repeatedOutagesOpenTheCircuitAndLaterCallsFailFast() {
        ResilientTransport transport = new ResilientTransport("test", request -> {
            calls.incrementAndGet();
            throw new CloudStackUnavailableException("timeout");
        }, FAST);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> transport.send(signer.sign("stopVirtualMachine", Map.of())))
                    .isInstanceOf(CloudStackUnavailableException.class);
        }
        assertThat(transport.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> transport.send(signer.sign("listZones", Map.of())))
                .isInstanceOf(CloudStackUnavailableException.class).hasMessageContaining("circuit open");
        assertThat(calls).hasValue(4);
    }

    @Test
    void callsBeyondTheBulkheadFailAsUnavailable() throws Exception {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ResilientTransport transport = new ResilientTransport("test", request -> {
            inside.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RawResponse(200, "{}");
        }, FAST);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> transport.send(signer.sign("stopVirtualMachine", Map.of())));
            }
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> transport.send(signer.sign("stopVirtualMachine", Map.of())))
                    .isInstanceOf(CloudStackUnavailableException.class).hasMessageContaining("concurrent");
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }
}
