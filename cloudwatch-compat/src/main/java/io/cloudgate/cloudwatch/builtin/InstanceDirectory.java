package io.cloudgate.cloudwatch.builtin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The EC2 instances of an account as the built-in AWS/EC2 metrics need them: the EC2 id clients use as the
 * InstanceId dimension, the compute port's id of the machine, and the instance's monitoring settings. EC2 keeps
 * these, and CloudWatch does not depend on EC2: the gateway implements this on the EC2 layer.
 */
public interface InstanceDirectory {
    /**
     * The instance tag that drives the CPU an instance reports (a number from 0 to 100), for demos and tests:
     * the embedded cloud's machines run nothing, so there is no other way to make an instance busy.
     */
    String CPU_OVERRIDE_TAG = "cloudgate:cpu-percent";

    /**
     * One instance.
     *
     * @param detailedMonitoring whether monitoring is enabled (1-minute datapoints rather than 5-minute)
     * @param cpuOverride        the CPU percent the {@link #CPU_OVERRIDE_TAG} tag asks for, if it holds a valid one
     * @param lastActive         when it last ran, or null while it runs (ListMetrics' RecentlyActive)
     */
    record Instance(String instanceId, String machineId, boolean detailedMonitoring, OptionalDouble cpuOverride,
                    Instant lastActive) {
    }

    /** The account's instances the cloud still lists (terminated ones for a while), in any order. */
    List<Instance> instances(String account);

    /** One of the account's instances; empty for an id that is malformed, unknown or another account's. */
    Optional<Instance> find(String account, String instanceId);

    /** The CPU percent a tag value asks for; empty unless it is a number from 0 to 100. */
    static OptionalDouble cpuOverride(String tagValue) {
        if (tagValue == null) {
            return OptionalDouble.empty();
        }
        try {
            double percent = Double.parseDouble(tagValue.trim());
            return percent >= 0 && percent <= 100 ? OptionalDouble.of(percent) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
