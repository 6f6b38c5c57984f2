package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What EBS has and the cloud's volumes do not: the encryption flags clients asked for (kept per volume and
 * snapshot id, so snapshots of encrypted volumes stay encrypted), the last modification of each volume
 * (DescribeVolumesModifications), and the accounts a snapshot is shared with. Keyed by AWS id per account.
 */
final class EbsRecords {
    /** Encryption as requested; the cloud stores the bytes however it does. */
    record Encryption(boolean encrypted, String kmsKeyId) {
        static final Encryption NONE = new Encryption(false, null);
    }

    /** A volume's last modification: settings before and after. */
    record Modification(String volumeId, int originalSize, String originalType, Integer originalIops,
                        Integer originalThroughput, int targetSize, String targetType, Integer targetIops,
                        Integer targetThroughput, Instant startedAt) {
    }

    /** Accounts (or "all") allowed to create volumes from a snapshot. */
    record SnapshotPermissions(Set<String> accounts, boolean isPublic) {
        static final SnapshotPermissions NONE = new SnapshotPermissions(Set.of(), false);
    }

    private final TypedTable<Encryption> encryption;
    private final TypedTable<Modification> modifications;
    private final TypedTable<SnapshotPermissions> permissions;

    EbsRecords(DocumentStore store) {
        this.encryption = new TypedTable<>(store.table("ec2-ebs-encryption"), Encryption.class);
        this.modifications = new TypedTable<>(store.table("ec2-volume-modifications"), Modification.class);
        this.permissions = new TypedTable<>(store.table("ec2-snapshot-permissions"), SnapshotPermissions.class);
    }

    Encryption encryption(String account, String awsId) {
        return encryption.get(account, awsId).orElse(Encryption.NONE);
    }

    void putEncryption(String account, String awsId, Encryption value) {
        if (value.encrypted()) {
            encryption.put(account, awsId, value);
        }
    }

    Optional<Modification> modification(String account, String volumeId) {
        return modifications.get(account, volumeId);
    }

    List<Modification> modifications(String account) {
        return modifications.scan(account, null, Integer.MAX_VALUE);
    }

    void putModification(String account, Modification modification) {
        modifications.put(account, modification.volumeId(), modification);
    }

    SnapshotPermissions permissions(String account, String snapshotId) {
        return permissions.get(account, snapshotId).orElse(SnapshotPermissions.NONE);
    }

    void putPermissions(String account, String snapshotId, SnapshotPermissions value) {
        if (value.accounts().isEmpty() && !value.isPublic()) {
            permissions.delete(account, snapshotId);
        } else {
            permissions.put(account, snapshotId, value);
        }
    }

    /** Forgets everything about a deleted volume or snapshot. */
    void forget(String account, String awsId) {
        encryption.delete(account, awsId);
        modifications.delete(account, awsId);
        permissions.delete(account, awsId);
    }
}
