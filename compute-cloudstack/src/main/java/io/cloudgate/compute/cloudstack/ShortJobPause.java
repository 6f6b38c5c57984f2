package io.cloudgate.compute.cloudstack;

import java.time.Duration;

/** Waits between polls of a short job (rules, attach, detach, addresses); tests pass one that does not sleep. */
@FunctionalInterface
public interface ShortJobPause {
    void pause(Duration duration);
}
