package io.cloudgate.compute.cloudstack;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/** Caffeine's time source from the injected clock, so cache expiry follows test clocks too. */
final class ClockTicker implements Ticker {
    private final Clock clock;

    ClockTicker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long read() {
        return clock.millis() * 1_000_000L;
    }
}
