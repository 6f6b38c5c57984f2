package io.cloudgate.route53.health;

import java.time.Instant;

/**
 * What the checker knows of one endpoint check: the status it has reached (healthy until FailureThreshold
 * consecutive failures, and back after as many successes), the consecutive counts, and the last reports.
 */
record ProbeState(boolean healthy, int successes, int failures, Instant lastCheckedAt, Observation last,
                  Observation lastFailure) {

    static final ProbeState NEW = new ProbeState(true, 0, 0, null, null, null);

    /** The state after one probe; {@code passed} is the probe's outcome after inversion. */
    ProbeState after(boolean passed, int threshold, Observation observation) {
        Observation failure = observation.success() ? lastFailure : observation;
        if (passed) {
            int count = successes + 1;
            return new ProbeState(healthy || count >= threshold, count, 0, observation.checkedAt(), observation,
                    failure);
        }
        int count = failures + 1;
        return new ProbeState(healthy && count < threshold, 0, count, observation.checkedAt(), observation, failure);
    }

    /** One checker's report, as GetHealthCheckStatus shows it. */
    record Observation(boolean success, String status, Instant checkedAt, String checkerIp) {
    }
}
