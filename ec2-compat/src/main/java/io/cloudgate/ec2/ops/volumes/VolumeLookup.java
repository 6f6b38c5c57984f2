package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import java.util.Optional;

/**
 * Finds an account's volumes, snapshots and instances by AWS id. Ids of other accounts are unknown to
 * the port for this account, so they answer NotFound like ids that never existed.
 */
final class VolumeLookup {
    private final Ec2Context ec2;

    VolumeLookup(Ec2Context ec2) {
        this.ec2 = ec2;
    }

    Optional<Volume> findVolume(String account, String volumeId) {
        return ec2.ids().toBackend(ResourceKind.VOLUME, volumeId)
                .flatMap(backendId -> ec2.compute().volumes().find(account, backendId))
                .filter(VolumeLookup::exists);
    }

    Volume requireVolume(String account, String volumeId) {
        requirePresent(volumeId, "VolumeId");
        return findVolume(account, volumeId).orElseThrow(() -> ResourceKind.VOLUME.notFound(volumeId));
    }

    /** The account's volumes that still exist (not deleted). */
    List<Volume> volumes(String account) {
        return ec2.compute().volumes().list(account).stream().filter(VolumeLookup::exists).toList();
    }

    Optional<Snapshot> findSnapshot(String account, String snapshotId) {
        return ec2.ids().toBackend(ResourceKind.SNAPSHOT, snapshotId)
                .flatMap(backendId -> ec2.compute().volumes().findSnapshot(account, backendId));
    }

    Snapshot requireSnapshot(String account, String snapshotId) {
        requirePresent(snapshotId, "SnapshotId");
        return findSnapshot(account, snapshotId).orElseThrow(() -> ResourceKind.SNAPSHOT.notFound(snapshotId));
    }

    /** An instance that is not terminated (a terminated one is still NotFound for attaching). */
    Machine requireMachine(String account, String instanceId) {
        requirePresent(instanceId, "InstanceId");
        return ec2.ids().toBackend(ResourceKind.INSTANCE, instanceId)
                .flatMap(machineId -> ec2.compute().machines().find(account, machineId))
                .filter(machine -> machine.state() != MachineState.TERMINATED)
                .orElseThrow(() -> ResourceKind.INSTANCE.notFound(instanceId));
    }

    String instanceId(String machineId) {
        return ec2.ids().toAws(ResourceKind.INSTANCE, machineId);
    }

    static void requirePresent(String value, String parameter) {
        if (value == null || value.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter " + parameter);
        }
    }

    private static boolean exists(Volume volume) {
        return !"deleted".equals(volume.state());
    }
}
