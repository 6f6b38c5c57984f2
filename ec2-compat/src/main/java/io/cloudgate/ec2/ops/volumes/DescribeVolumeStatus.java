package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusResponse;
import software.amazon.awssdk.services.ec2.model.VolumeStatusDetails;
import software.amazon.awssdk.services.ec2.model.VolumeStatusInfo;
import software.amazon.awssdk.services.ec2.model.VolumeStatusInfoStatus;
import software.amazon.awssdk.services.ec2.model.VolumeStatusItem;
import software.amazon.awssdk.services.ec2.model.VolumeStatusName;

/** Volume health: every volume the cloud has is "ok" with I/O enabled, and has no events or actions. */
public final class DescribeVolumeStatus
        implements Operation<DescribeVolumeStatusRequest, DescribeVolumeStatusResponse> {
    private static final Filters<VolumeStatusItem> FILTERS = new Filters<>(Map.of(
            "volume-id", item -> List.of(item.volumeId()),
            "availability-zone", item -> List.of(item.availabilityZone()),
            "volume-status.status", item -> List.of(item.volumeStatus().statusAsString()),
            "volume-status.details-name", item -> item.volumeStatus().details().stream()
                    .map(VolumeStatusDetails::nameAsString).toList(),
            "volume-status.details-status", item -> item.volumeStatus().details().stream()
                    .map(VolumeStatusDetails::status).toList()),
            item -> Map.of());

    private final Ec2Context ec2;
    private final VolumeLookup lookup;

    DescribeVolumeStatus(Ec2Context ec2) {
        this.ec2 = ec2;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DescribeVolumeStatusResponse handle(DescribeVolumeStatusRequest request, RequestContext context) {
        String account = context.principal().accountId();
        List<io.cloudgate.compute.Volume> volumes = request.volumeIds().isEmpty() ? lookup.volumes(account)
                : new LinkedHashSet<>(request.volumeIds()).stream()
                        .map(volumeId -> lookup.requireVolume(account, volumeId)).toList();
        List<VolumeStatusItem> matching = volumes.stream()
                .map(this::item)
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(VolumeStatusItem::volumeId))
                .toList();
        Page<VolumeStatusItem> page = Page.of(matching, VolumeStatusItem::volumeId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeVolumeStatusResponse.builder()
                .volumeStatuses(page.items())
                .nextToken(page.nextToken())
                .build();
    }

    private VolumeStatusItem item(io.cloudgate.compute.Volume volume) {
        boolean provisioned = volume.volumeType().startsWith("io");
        return VolumeStatusItem.builder()
                .volumeId(ec2.ids().toAws(ResourceKind.VOLUME, volume.id()))
                .availabilityZone(volume.zone())
                .volumeStatus(VolumeStatusInfo.builder()
                        .status(VolumeStatusInfoStatus.OK)
                        .details(VolumeStatusDetails.builder().name(VolumeStatusName.IO_ENABLED).status("passed")
                                        .build(),
                                VolumeStatusDetails.builder().name(VolumeStatusName.IO_PERFORMANCE)
                                        .status(provisioned ? "normal" : "not-applicable").build())
                        .build())
                .actions(List.of())
                .events(List.of())
                .build();
    }
}
