package io.cloudgate.loadbalancer;

/** @param detail short human-readable state, never secrets */
public record DataPlaneHealth(boolean serving, String detail) {
}
