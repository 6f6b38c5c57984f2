package io.cloudgate.cloudstack.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.function.Supplier;

/**
 * A transport guarded per endpoint by a bulkhead (bounded concurrency), a circuit breaker (stop calling a
 * management server that is down) and, for read-only commands only, retries: a mutation that timed out may
 * have happened, so it is never repeated blindly. Only outages count as failures; CloudStack's API errors are
 * answers and pass straight through.
 */
public final class ResilientTransport implements CloudStackTransport {
    private final CloudStackTransport delegate;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Bulkhead bulkhead;

    public ResilientTransport(String endpointName, CloudStackTransport delegate, ResilienceSettings settings) {
        this.delegate = delegate;
        this.circuitBreaker = CircuitBreaker.of("cloudstack-" + endpointName, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.slidingWindowCalls())
                .minimumNumberOfCalls(Math.min(settings.slidingWindowCalls(), 10))
                .waitDurationInOpenState(settings.openFor())
                .recordExceptions(CloudStackUnavailableException.class)
                .build());
        this.retry = Retry.of("cloudstack-" + endpointName, RetryConfig.<RawResponse>custom()
                .maxAttempts(Math.max(1, settings.maxAttempts()))
                .waitDuration(settings.retryWait())
                .retryExceptions(CloudStackUnavailableException.class)
                .build());
        this.bulkhead = Bulkhead.of("cloudstack-" + endpointName, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWaitForSlot())
                .build());
    }

    @Override
    public RawResponse send(SignedRequest request) {
        Supplier<RawResponse> guarded = Bulkhead.decorateSupplier(bulkhead,
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> outageAsException(delegate.send(request))));
        Supplier<RawResponse> call = isReadOnly(request.command()) ? Retry.decorateSupplier(retry, guarded) : guarded;
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new CloudStackUnavailableException("CloudStack circuit open", e);
        } catch (BulkheadFullException e) {
            throw new CloudStackUnavailableException("Too many concurrent CloudStack calls", e);
        }
    }

    public CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    /** A gateway or proxy in front of the management server answering 502/503/504 is an outage, not an answer. */
    private static RawResponse outageAsException(RawResponse response) {
        int status = response.status();
        if (status == 502 || status == 503 || status == 504) {
            throw new CloudStackUnavailableException("CloudStack endpoint answered HTTP " + status);
        }
        return response;
    }

    static boolean isReadOnly(String command) {
        return command.startsWith("list") || command.startsWith("query") || command.startsWith("get");
    }
}
