package io.cloudgate.compute.openstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Feeds server creations to Nova at a bounded rate: a burst of launches waits its turn here (each waits at most
 * maxWait) instead of reaching the scheduler all at once; a launch that would wait longer is refused as
 * UNAVAILABLE, which the EC2 layer reports as a throttling error the client retries.
 */
final class LaunchGate {
    private final RateLimiter limiter;

    LaunchGate(int launchesPerSecond, Duration maxWait) {
        this.limiter = RateLimiter.of("openstack-launches", RateLimiterConfig.custom()
                .limitForPeriod(launchesPerSecond).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(maxWait).build());
    }

    <T> T launch(Supplier<T> createServer) {
        try {
            return RateLimiter.decorateSupplier(limiter, createServer).get();
        } catch (RequestNotPermitted e) {
            throw new ComputeException(Kind.UNAVAILABLE, "Too many instances are being launched; try again shortly");
        }
    }
}
