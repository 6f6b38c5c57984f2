package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;

/**
 * The account's own snapshots and the cloud's public ones (the root disks of its public images, owned by
 * "amazon"), by id or all. OwnerIds and RestorableByUserIds narrow the listing; accounts share no snapshots.
 */
public final class DescribeSnapshots implements Operation<DescribeSnapshotsRequest, DescribeSnapshotsResponse> {
    private static final Filters<software.amazon.awssdk.services.ec2.model.Snapshot> FILTERS = new Filters<>(
            Map.ofEntries(
                    Map.entry("snapshot-id", snapshot -> List.of(snapshot.snapshotId())),
                    Map.entry("volume-id", snapshot -> List.of(snapshot.volumeId())),
                    Map.entry("status", snapshot -> List.of(snapshot.stateAsString())),
                    Map.entry("owner-id", snapshot -> List.of(snapshot.ownerId())),
                    Map.entry("description", snapshot -> List.of(snapshot.description())),
                    Map.entry("progress", snapshot -> List.of(snapshot.progress())),
                    Map.entry("start-time", snapshot -> List.of(IsoTimes.of(snapshot.startTime()))),
                    Map.entry("volume-size", snapshot -> List.of(String.valueOf(snapshot.volumeSize()))),
                    Map.entry("encrypted", snapshot -> List.of(String.valueOf(snapshot.encrypted()))),
                    Map.entry("storage-tier", snapshot -> List.of(snapshot.storageTierAsString()))),
            snapshot -> TagSpecifications.toMap(snapshot.tags()));

    private final Ec2Context ec2;
    private final VolumeLookup lookup;
    private final VolumeShapes shapes;

    DescribeSnapshots(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.lookup = new VolumeLookup(ec2);
        this.shapes = new VolumeShapes(ec2, records);
    }

    @Override
    public DescribeSnapshotsResponse handle(DescribeSnapshotsRequest request, RequestContext context) {
        String account = context.principal().accountId();
        List<Snapshot> candidates;
        if (request.snapshotIds().isEmpty()) {
            candidates = new ArrayList<>(ec2.compute().volumes().snapshots(account));
            if (asksForPublic(request)) {
                candidates.addAll(ec2.compute().volumes().publicSnapshots());
            }
        } else {
            candidates = new LinkedHashSet<>(request.snapshotIds()).stream()
                    .map(snapshotId -> lookup.requireSnapshot(account, snapshotId)).toList();
        }
        Map<String, Map<String, String>> tags = ec2.tags().all(account);
        var matching = candidates.stream()
                .filter(snapshot -> selected(snapshot, request, account))
                .map(snapshot -> shapes.snapshot(account, snapshot, tags.getOrDefault(
                        ec2.ids().toAws(ResourceKind.SNAPSHOT, snapshot.id()), Map.of())))
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(software.amazon.awssdk.services.ec2.model.Snapshot::snapshotId))
                .toList();
        var page = Page.of(matching, software.amazon.awssdk.services.ec2.model.Snapshot::snapshotId,
                request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeSnapshotsResponse.builder().snapshots(page.items()).nextToken(page.nextToken()).build();
    }

    /**
     * Whether a listing asks for the cloud's public snapshots: by their owner ("amazon" or its id) or by
     * RestorableByUserIds "all". A bare listing shows only the account's own, unlike EC2's (which would list
     * every public snapshot of the region, something no client wants).
     */
    private static boolean asksForPublic(DescribeSnapshotsRequest request) {
        return request.ownerIds().contains("amazon") || request.ownerIds().contains(VolumeShapes.CLOUD_OWNER_ID)
                || request.restorableByUserIds().contains("all");
    }

    /** Whether OwnerIds and RestorableByUserIds select the snapshot (an empty list selects everything). */
    private static boolean selected(Snapshot snapshot, DescribeSnapshotsRequest request, String account) {
        List<String> owners = request.ownerIds();
        List<String> restorableBy = request.restorableByUserIds();
        if (snapshot.owner() == null) {
            return (owners.isEmpty() || owners.contains("amazon") || owners.contains(VolumeShapes.CLOUD_OWNER_ID))
                    && (restorableBy.isEmpty() || restorableBy.contains("all") || restorableBy.contains(account));
        }
        return selectsSelf(owners, account) && selectsSelf(restorableBy, account);
    }

    /** No list selects everyone; otherwise the account's own snapshots need "self" or its id in it. */
    private static boolean selectsSelf(List<String> ids, String account) {
        return ids.isEmpty() || ids.contains("self") || ids.contains(account);
    }
}
