package io.cloudgate.compute;

import java.time.Instant;

/**
 * What a machine used in one minute, as a cloud reports it without an agent inside the machine (the AWS/EC2
 * metrics are made of these). Counters are totals over the minute.
 *
 * @param minute            the start of the minute
 * @param cpuPercent        average CPU utilisation over the minute, 0 to 100
 * @param instanceCheckFailed whether the machine's own status check failed during the minute
 * @param systemCheckFailed whether the check of the host under it failed during the minute
 */
public record UsageSample(Instant minute, double cpuPercent, long networkInBytes, long networkOutBytes,
                          long networkPacketsIn, long networkPacketsOut, long diskReadBytes, long diskWriteBytes,
                          long diskReadOps, long diskWriteOps, boolean instanceCheckFailed,
                          boolean systemCheckFailed) {
}
