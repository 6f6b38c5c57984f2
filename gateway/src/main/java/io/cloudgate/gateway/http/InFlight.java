package io.cloudgate.gateway.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts requests being processed, so that shutdown can wait for them to finish. */
final class InFlight {
    private final AtomicInteger count = new AtomicInteger();
    private final Object drained = new Object();

    void started() {
        count.incrementAndGet();
    }

    void finished() {
        if (count.decrementAndGet() == 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    /** Waits until no request is in flight or the grace period ends; returns whether all finished. */
    boolean awaitDrained(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (drained) {
            while (count.get() > 0) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return false;
                }
                drained.wait(remainingMillis);
            }
        }
        return true;
    }
}
