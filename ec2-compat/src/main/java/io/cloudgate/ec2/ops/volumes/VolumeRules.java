package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import java.util.Map;

/**
 * EBS volume types and their limits, as AWS enforces them on CreateVolume and ModifyVolume: size range per
 * type, provisioned IOPS only for gp3/io1/io2 (with a per-GiB ratio), throughput only for gp3.
 */
final class VolumeRules {
    static final String DEFAULT_TYPE = "gp2";
    static final int GP3_BASE_IOPS = 3000;
    static final int GP3_BASE_THROUGHPUT = 125;

    /** Size and IOPS limits of one type; zero IOPS bounds mean IOPS cannot be provisioned. */
    private record Limits(int minSize, int maxSize, int minIops, int maxIops, int iopsPerGib) {
    }

    private static final Map<String, Limits> TYPES = Map.of(
            "gp2", new Limits(1, 16384, 0, 0, 0),
            "gp3", new Limits(1, 16384, 3000, 16000, 500),
            "io1", new Limits(4, 16384, 100, 64000, 50),
            "io2", new Limits(4, 65536, 100, 256000, 1000),
            "st1", new Limits(125, 16384, 0, 0, 0),
            "sc1", new Limits(125, 16384, 0, 0, 0),
            "standard", new Limits(1, 1024, 0, 0, 0));

    /** A volume's performance settings after defaults: what the cloud is asked for and reported back. */
    record Settings(String type, int sizeGib, Integer iops, Integer throughput) {
    }

    private VolumeRules() {
    }

    /** Checks a type, size, IOPS and throughput combination and fills gp3's default IOPS and throughput. */
    static Settings check(String type, int sizeGib, Integer iops, Integer throughput) {
        Limits limits = TYPES.get(type);
        if (limits == null) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + type
                    + ") for parameter volumeType is invalid. Valid values: standard, io1, io2, gp2, sc1, st1, gp3");
        }
        if (sizeGib < limits.minSize()) {
            throw AwsException.badRequest("InvalidParameterValue", "Volume of size " + sizeGib
                    + "GiB is too small; minimum is " + limits.minSize() + "GiB.");
        }
        if (sizeGib > limits.maxSize()) {
            throw AwsException.badRequest("InvalidParameterValue", "Volume of " + sizeGib
                    + "GiB is too large for volume type " + type + "; maximum is " + limits.maxSize() + "GiB");
        }
        if (throughput != null && !type.equals("gp3")) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "throughput can only be specified for volumeType gp3.");
        }
        if (limits.maxIops() == 0) {
            if (iops != null) {
                throw AwsException.badRequest("InvalidParameterCombination",
                        "The parameter iops is not supported for " + type + " volumes.");
            }
            return new Settings(type, sizeGib, null, null);
        }
        if (iops == null && !type.equals("gp3")) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter iops must be specified for " + type + " volumes.");
        }
        int effectiveIops = iops == null ? GP3_BASE_IOPS : iops;
        checkIops(type, sizeGib, effectiveIops, limits);
        if (!type.equals("gp3")) {
            return new Settings(type, sizeGib, effectiveIops, null);
        }
        int effectiveThroughput = throughput == null ? GP3_BASE_THROUGHPUT : throughput;
        checkThroughput(effectiveThroughput, effectiveIops);
        return new Settings(type, sizeGib, effectiveIops, effectiveThroughput);
    }

    /** The IOPS a volume reports: provisioned, or gp2's baseline of 3 per GiB between 100 and 16,000. */
    static Integer reportedIops(String type, int sizeGib, Integer provisioned) {
        if (provisioned != null) {
            return provisioned;
        }
        return "gp2".equals(type) ? Math.min(16000, Math.max(100, 3 * sizeGib)) : null;
    }

    private static void checkIops(String type, int sizeGib, int iops, Limits limits) {
        if (iops < limits.minIops()) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Volume iops of " + iops + " is too low; minimum is " + limits.minIops() + ".");
        }
        if (iops > limits.maxIops()) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Volume iops of " + iops + " is too high; maximum is " + limits.maxIops() + ".");
        }
        // gp3's 3,000 IOPS baseline is allowed at any size; above it the per-GiB ratio applies.
        boolean baseline = type.equals("gp3") && iops <= GP3_BASE_IOPS;
        if (!baseline && (double) iops / sizeGib > limits.iopsPerGib()) {
            throw AwsException.badRequest("InvalidParameterValue", String.format(java.util.Locale.ROOT,
                    "Iops to volume size ratio of %f is too high; maximum is %f", (double) iops / sizeGib,
                    (double) limits.iopsPerGib()));
        }
    }

    private static void checkThroughput(int throughput, int iops) {
        if (throughput < GP3_BASE_THROUGHPUT || throughput > 1000) {
            throw AwsException.badRequest("InvalidParameterValue", "Throughput of " + throughput
                    + " MiB/s is invalid for volume type gp3; valid values are 125 to 1000 MiB/s.");
        }
        if (throughput > iops / 4.0) {
            throw AwsException.badRequest("InvalidParameterValue", "Throughput (MiBps) to iops ratio of "
                    + String.format(java.util.Locale.ROOT, "%f", throughput / (double) iops)
                    + " is too high; maximum is 0.250000 MiBps per iops.");
        }
    }
}
