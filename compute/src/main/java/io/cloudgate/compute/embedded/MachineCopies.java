package io.cloudgate.compute.embedded;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.time.Instant;
import java.util.List;

/** Copies of a machine record with one aspect changed. */
final class MachineCopies {
    private MachineCopies() {
    }

    static Machine withState(Machine m, MachineState state, String reason, Instant at) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), m.userData(), state, reason,
                m.launchedAt(), at, m.disks(), m.rootDeviceName(),
                m.loopbackAddress());
    }

    static Machine withPublicAddress(Machine m, String publicAddress) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), publicAddress, m.securityGroupIds(), m.keyName(), m.userData(), m.state(),
                m.stateReason(), m.launchedAt(), m.stateChangedAt(), m.disks(), m.rootDeviceName(),
                m.loopbackAddress());
    }

    static Machine withDisks(Machine m, List<AttachedDisk> disks) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), m.userData(), m.state(),
                m.stateReason(), m.launchedAt(), m.stateChangedAt(), List.copyOf(disks), m.rootDeviceName(),
                m.loopbackAddress());
    }

    static Machine withType(Machine m, String machineType) {
        return new Machine(m.id(), m.owner(), m.imageId(), machineType, m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), m.userData(), m.state(),
                m.stateReason(), m.launchedAt(), m.stateChangedAt(), m.disks(), m.rootDeviceName(),
                m.loopbackAddress());
    }

    static Machine withUserData(Machine m, byte[] userData) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(),
                userData == null ? null : userData.clone(), m.state(), m.stateReason(), m.launchedAt(),
                m.stateChangedAt(), m.disks(), m.rootDeviceName(),
                m.loopbackAddress());
    }

    static Machine withSecurityGroups(Machine m, List<String> groupIds) {
        return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                m.privateAddress(), m.publicAddress(), List.copyOf(groupIds), m.keyName(), m.userData(), m.state(),
                m.stateReason(), m.launchedAt(), m.stateChangedAt(), m.disks(), m.rootDeviceName(),
                m.loopbackAddress());
    }
}
