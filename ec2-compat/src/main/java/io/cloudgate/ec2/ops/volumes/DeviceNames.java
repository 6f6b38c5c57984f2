package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import java.util.regex.Pattern;

/**
 * Device names EBS accepts for attachments: Linux style (/dev/sdf, /dev/xvdf, /dev/sdf1 .. /dev/sdf15,
 * /dev/hdb) and Windows style (xvdf, xvdba).
 */
final class DeviceNames {
    private static final Pattern LINUX = Pattern.compile("/dev/(sd|xvd|hd)[a-z]{1,2}([1-9]|1[0-5])?");
    private static final Pattern WINDOWS = Pattern.compile("xvd[a-z]{1,2}");

    private DeviceNames() {
    }

    static String require(String device) {
        if (device == null || device.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter device");
        }
        if (!LINUX.matcher(device).matches() && !WINDOWS.matcher(device).matches()) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + device
                    + ") for parameter device is invalid. " + device + " is not a valid EBS device name.");
        }
        return device;
    }
}
