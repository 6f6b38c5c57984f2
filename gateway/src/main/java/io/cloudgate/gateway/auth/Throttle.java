package io.cloudgate.gateway.auth;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;

/**
 * A token bucket per access key: {@code requestsPerSecond} permits refilled each second, and a
 * request that finds none left is refused at once rather than queued.
 */
public final class Throttle {
    private final RateLimiterRegistry limiters;

    public Throttle(int requestsPerSecond) {
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** Takes a permit for the key; false means the request must be throttled. */
    public boolean tryAcquire(String accessKeyId) {
        RateLimiter limiter = limiters.rateLimiter(accessKeyId);
        return limiter.acquirePermission();
    }
}
