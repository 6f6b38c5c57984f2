package io.cloudgate.cloudwatch.builtin;

import io.cloudgate.compute.UsageSample;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The AWS/EC2 metrics every instance reports without an agent, each read from the compute port's per-minute
 * usage. A basic-monitoring datapoint stands for five minutes: the mean of a rate, the total of a counter, the
 * worst of a status check. Status checks are reported every minute whatever the monitoring, as in AWS.
 */
public enum Ec2Metric {
    CPU_UTILIZATION("CPUUtilization", "Percent", Combine.MEAN, UsageSample::cpuPercent),
    NETWORK_IN("NetworkIn", "Bytes", Combine.TOTAL, UsageSample::networkInBytes),
    NETWORK_OUT("NetworkOut", "Bytes", Combine.TOTAL, UsageSample::networkOutBytes),
    NETWORK_PACKETS_IN("NetworkPacketsIn", "Count", Combine.TOTAL, UsageSample::networkPacketsIn),
    NETWORK_PACKETS_OUT("NetworkPacketsOut", "Count", Combine.TOTAL, UsageSample::networkPacketsOut),
    DISK_READ_BYTES("DiskReadBytes", "Bytes", Combine.TOTAL, UsageSample::diskReadBytes),
    DISK_WRITE_BYTES("DiskWriteBytes", "Bytes", Combine.TOTAL, UsageSample::diskWriteBytes),
    DISK_READ_OPS("DiskReadOps", "Count", Combine.TOTAL, UsageSample::diskReadOps),
    DISK_WRITE_OPS("DiskWriteOps", "Count", Combine.TOTAL, UsageSample::diskWriteOps),
    STATUS_CHECK_FAILED("StatusCheckFailed", "Count", Combine.WORST,
            s -> s.instanceCheckFailed() || s.systemCheckFailed() ? 1 : 0),
    STATUS_CHECK_FAILED_INSTANCE("StatusCheckFailed_Instance", "Count", Combine.WORST,
            s -> s.instanceCheckFailed() ? 1 : 0),
    STATUS_CHECK_FAILED_SYSTEM("StatusCheckFailed_System", "Count", Combine.WORST,
            s -> s.systemCheckFailed() ? 1 : 0);

    public static final String NAMESPACE = "AWS/EC2";
    public static final String DIMENSION = "InstanceId";

    /** How the minutes of a five-minute datapoint make one value. */
    enum Combine { MEAN, TOTAL, WORST }

    private final String metricName;
    private final String unit;
    private final Combine combine;
    private final ToDoubleFunction<UsageSample> value;

    Ec2Metric(String metricName, String unit, Combine combine, ToDoubleFunction<UsageSample> value) {
        this.metricName = metricName;
        this.unit = unit;
        this.combine = combine;
        this.value = value;
    }

    public String metricName() {
        return metricName;
    }

    public String unit() {
        return unit;
    }

    Combine combine() {
        return combine;
    }

    double valueOf(UsageSample sample) {
        return value.applyAsDouble(sample);
    }

    /** Status checks come every minute whatever the monitoring. */
    boolean alwaysPerMinute() {
        return combine == Combine.WORST;
    }

    public static Optional<Ec2Metric> named(String metricName) {
        return Arrays.stream(values()).filter(metric -> metric.metricName.equals(metricName)).findFirst();
    }
}
