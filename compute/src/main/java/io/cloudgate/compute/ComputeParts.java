package io.cloudgate.compute;

/** The parts of a cloud behind the compute port, as one value: an adapter builds it once and serves the port. */
public record ComputeParts(Zones zones, MachineTypes machineTypes, Images images, KeyPairs keyPairs, Networks networks,
                           SecurityGroups securityGroups, Machines machines, Volumes volumes, Addresses addresses) {
}
