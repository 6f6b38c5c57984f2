package io.cloudgate.compute;

/**
 * What the EC2 operations need from a cloud, in the cloud's own vocabulary: zones, machine types,
 * images, key pairs, networks, security groups, machines, volumes and public addresses. One instance
 * serves every tenant account; each call names the account it acts for, and nothing of one account is
 * ever visible to another (public images excepted). Ids are the backend's own; the EC2 layer maps them
 * to AWS-shaped ids.
 */
public interface Compute {
    /** The cloud's parts, which the accessors below serve. */
    ComputeParts parts();

    default Zones zones() {
        return parts().zones();
    }

    default MachineTypes machineTypes() {
        return parts().machineTypes();
    }

    default Images images() {
        return parts().images();
    }

    default KeyPairs keyPairs() {
        return parts().keyPairs();
    }

    default Networks networks() {
        return parts().networks();
    }

    default SecurityGroups securityGroups() {
        return parts().securityGroups();
    }

    default Machines machines() {
        return parts().machines();
    }

    default Volumes volumes() {
        return parts().volumes();
    }

    default Addresses addresses() {
        return parts().addresses();
    }
}
