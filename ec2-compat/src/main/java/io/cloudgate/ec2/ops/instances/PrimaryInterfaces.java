package io.cloudgate.ec2.ops.instances;

import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;

/**
 * The ids of the one network interface every instance has. The port has no interfaces, so the interface
 * is named after its machine: its eni- id is the AWS id of the machine's backend id under the
 * NETWORK_INTERFACE kind. DescribeNetworkInterfaces and the instance views share these rules.
 */
public final class PrimaryInterfaces {
    private PrimaryInterfaces() {
    }

    /** The eni- id of the machine's primary interface (minted on first sight, then stable). */
    public static String id(Ec2Ids ids, String machineId) {
        return ids.toAws(ResourceKind.NETWORK_INTERFACE, machineId);
    }

    /** The attachment id shares the interface's hex digits: "eni-attach-" + the same digits. */
    public static String attachmentId(String interfaceId) {
        return "eni-attach-" + interfaceId.substring(interfaceId.indexOf('-') + 1);
    }

    /** A locally administered MAC address derived from the interface id, stable across calls. */
    public static String macAddress(String interfaceId) {
        String hex = interfaceId.substring(interfaceId.indexOf('-') + 1);
        StringBuilder mac = new StringBuilder("0e");
        for (int i = 0; i + 2 <= Math.min(hex.length(), 10); i += 2) {
            mac.append(':').append(hex, i, i + 2);
        }
        return mac.toString();
    }
}
