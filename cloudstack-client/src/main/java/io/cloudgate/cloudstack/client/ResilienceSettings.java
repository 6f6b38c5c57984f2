package io.cloudgate.cloudstack.client;

import java.time.Duration;

/**
 * How one CloudStack endpoint is protected.
 *
 * @param failureRatePercent   failures (outages only, never API errors) in the window that open the circuit
 * @param slidingWindowCalls   calls the failure rate is taken over
 * @param openFor              how long an open circuit refuses calls before letting a few through
 * @param maxAttempts          attempts of a read-only call (list/query/get) on an outage; mutations get one
 * @param retryWait            pause between attempts
 * @param maxConcurrentCalls   calls in flight to the endpoint at once
 * @param maxWaitForSlot       how long a call waits for a free slot before failing as unavailable
 */
public record ResilienceSettings(int failureRatePercent, int slidingWindowCalls, Duration openFor, int maxAttempts,
                                 Duration retryWait, int maxConcurrentCalls, Duration maxWaitForSlot) {
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(50, 20, Duration.ofSeconds(30), 3, Duration.ofMillis(200), 32,
                Duration.ofSeconds(2));
    }
}
