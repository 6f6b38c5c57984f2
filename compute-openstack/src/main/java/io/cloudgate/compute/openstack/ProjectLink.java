package io.cloudgate.compute.openstack;

/** The OpenStack project a tenant account's resources live in. */
public record ProjectLink(String tenant, String projectId) {
}
