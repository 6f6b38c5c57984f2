package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.ops.volumes.EbsRecords.Modification;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsResponse;
import software.amazon.awssdk.services.ec2.model.VolumeModification;
import software.amazon.awssdk.services.ec2.model.VolumeModificationState;

/** The last modification of each volume, all "completed" (the cloud applies modifications at once). */
public final class DescribeVolumesModifications
        implements Operation<DescribeVolumesModificationsRequest, DescribeVolumesModificationsResponse> {
    private static final Filters<VolumeModification> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("volume-id", modification -> List.of(modification.volumeId())),
            Map.entry("modification-state", modification -> List.of(modification.modificationStateAsString())),
            Map.entry("start-time", modification -> List.of(IsoTimes.of(modification.startTime()))),
            Map.entry("original-size", modification -> text(modification.originalSize())),
            Map.entry("original-iops", modification -> text(modification.originalIops())),
            Map.entry("original-volume-type", modification -> text(modification.originalVolumeTypeAsString())),
            Map.entry("original-multi-attach-enabled", modification -> List.of("false")),
            Map.entry("target-size", modification -> text(modification.targetSize())),
            Map.entry("target-iops", modification -> text(modification.targetIops())),
            Map.entry("target-volume-type", modification -> text(modification.targetVolumeTypeAsString())),
            Map.entry("target-throughput", modification -> text(modification.targetThroughput())),
            Map.entry("target-multi-attach-enabled", modification -> List.of("false"))),
            modification -> Map.of());

    private final EbsRecords records;
    private final VolumeLookup lookup;

    DescribeVolumesModifications(Ec2Context ec2, EbsRecords records) {
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DescribeVolumesModificationsResponse handle(DescribeVolumesModificationsRequest request,
                                                       RequestContext context) {
        String account = context.principal().accountId();
        List<Modification> modifications = request.volumeIds().isEmpty() ? records.modifications(account)
                : new LinkedHashSet<>(request.volumeIds()).stream().map(volumeId -> {
                    lookup.requireVolume(account, volumeId);
                    return records.modification(account, volumeId).orElseThrow(() -> AwsException.badRequest(
                            "InvalidVolumeModification.NotFound",
                            "Modification for volume '" + volumeId + "' does not exist."));
                }).toList();
        List<VolumeModification> matching = modifications.stream()
                .map(modification -> shape(modification, VolumeModificationState.COMPLETED))
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(VolumeModification::volumeId))
                .toList();
        Page<VolumeModification> page = Page.of(matching, VolumeModification::volumeId, request.maxResults(),
                request.nextToken(), 1, 500);
        return DescribeVolumesModificationsResponse.builder()
                .volumesModifications(page.items())
                .nextToken(page.nextToken())
                .build();
    }

    static VolumeModification shape(Modification modification, VolumeModificationState state) {
        boolean completed = state == VolumeModificationState.COMPLETED;
        return VolumeModification.builder()
                .volumeId(modification.volumeId())
                .modificationState(state)
                .targetSize(modification.targetSize())
                .targetVolumeType(modification.targetType())
                .targetIops(modification.targetIops())
                .targetThroughput(modification.targetThroughput())
                .targetMultiAttachEnabled(false)
                .originalSize(modification.originalSize())
                .originalVolumeType(modification.originalType())
                .originalIops(modification.originalIops())
                .originalThroughput(modification.originalThroughput())
                .originalMultiAttachEnabled(false)
                .progress(completed ? 100L : 0L)
                .startTime(modification.startedAt())
                .endTime(completed ? modification.startedAt() : null)
                .build();
    }

    private static List<String> text(Object value) {
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
