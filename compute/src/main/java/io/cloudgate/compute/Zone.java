package io.cloudgate.compute;

/** A failure domain of the cloud (an availability zone). */
public record Zone(String name, boolean available) {
}
