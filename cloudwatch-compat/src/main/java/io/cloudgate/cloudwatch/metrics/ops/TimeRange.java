package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import java.time.Instant;

/** StartTime/EndTime checks shared by GetMetricStatistics and GetMetricData. */
final class TimeRange {
    private TimeRange() {
    }

    static void check(Instant start, Instant end) {
        if (start == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter StartTime is required.");
        }
        if (end == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter EndTime is required.");
        }
        if (start.equals(end)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The parameter StartTime must not equal parameter EndTime.");
        }
        if (start.isAfter(end)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The parameter StartTime must be less than the parameter EndTime.");
        }
    }
}
