package io.cloudgate.compute.openstack;

/** User data set on a stopped machine after launch; Nova can only change it by rebuilding the disk. */
record MachineUserData(byte[] bytes) {
}
