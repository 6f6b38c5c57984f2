package io.cloudgate.cloudstack.client;

/**
 * A submitted async job; {@code resourceId} is the id of what it creates (deployVirtualMachine, createVolume...),
 * or null for commands that act on an existing resource.
 */
public record AsyncJob(String jobId, String resourceId) {
}
