package io.cloudgate.compute.openstack;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.Volumes;
import java.util.List;
import java.util.Optional;

/**
 * Volumes on a cloud without a block-storage (Cinder) endpoint: nothing to list, and every change refused.
 * The port has no "unsupported" kind; INVALID_ARGUMENT makes EC2 answer a 400 naming the reason.
 */
final class NoBlockStorage implements Volumes {
    static ComputeException unsupported(String what) {
        return new ComputeException(Kind.INVALID_ARGUMENT, what + " is not supported by this cloud: it has no "
                + "block-storage service");
    }

    @Override
    public Volume create(String account, String zone, int sizeGib, String volumeType, Integer iops,
                         Integer throughput, String snapshotId) {
        throw unsupported("Creating volumes");
    }

    @Override
    public List<Volume> list(String account) {
        return List.of();
    }

    @Override
    public Optional<Volume> find(String account, String volumeId) {
        return Optional.empty();
    }

    @Override
    public void delete(String account, String volumeId) {
        throw ComputeException.notFound("Volume " + volumeId);
    }

    @Override
    public Volume attach(String account, String volumeId, String machineId, String deviceName) {
        throw ComputeException.notFound("Volume " + volumeId);
    }

    @Override
    public Volume detach(String account, String volumeId, boolean force) {
        throw ComputeException.notFound("Volume " + volumeId);
    }

    @Override
    public Volume modify(String account, String volumeId, Integer sizeGib, String volumeType, Integer iops,
                         Integer throughput) {
        throw ComputeException.notFound("Volume " + volumeId);
    }

    @Override
    public Snapshot snapshot(String account, String volumeId, String description) {
        throw ComputeException.notFound("Volume " + volumeId);
    }

    @Override
    public List<Snapshot> snapshots(String account) {
        return List.of();
    }

    @Override
    public Optional<Snapshot> findSnapshot(String account, String snapshotId) {
        return Optional.empty();
    }

    @Override
    public void deleteSnapshot(String account, String snapshotId) {
        throw ComputeException.notFound("Snapshot " + snapshotId);
    }
}
