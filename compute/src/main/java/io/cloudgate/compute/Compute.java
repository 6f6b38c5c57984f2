package io.cloudgate.compute;

/**
 * What the EC2 operations need from a cloud, in the cloud's own vocabulary: zones, machine types,
 * images, key pairs, networks, security groups, machines, volumes and public addresses. One instance
 * serves every tenant account; each call names the account it acts for, and nothing of one account is
 * ever visible to another (public images excepted). Ids are the backend's own; the EC2 layer maps them
 * to AWS-shaped ids.
 */
public interface Compute {
    Zones zones();

    MachineTypes machineTypes();

    Images images();

    KeyPairs keyPairs();

    Networks networks();

    SecurityGroups securityGroups();

    Machines machines();

    Volumes volumes();

    Addresses addresses();
}
