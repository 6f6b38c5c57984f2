package io.cloudgate.compute.cloudstack;

/** CloudStack device ids as Xen-style device names: 0 is /dev/xvda, the root; 1 /dev/xvdb... */
final class Devices {
    static final String ROOT = "/dev/xvda";

    private Devices() {
    }

    static String name(int deviceId) {
        return "/dev/xvd" + (char) ('a' + Math.max(0, Math.min(deviceId, 25)));
    }

    /** The device id of a name such as /dev/xvdf or /dev/sdf; -1 when it names no device. */
    static int id(String deviceName) {
        if (deviceName == null || deviceName.isEmpty()) {
            return -1;
        }
        char last = deviceName.charAt(deviceName.length() - 1);
        return last >= 'a' && last <= 'z' ? last - 'a' : -1;
    }
}
