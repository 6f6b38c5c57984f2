package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** Lists the account's volumes, by id or all, with EC2's volume filters and paging (5 to 500 per page). */
public final class DescribeVolumes implements Operation<DescribeVolumesRequest, DescribeVolumesResponse> {
    private static final Filters<Volume> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("volume-id", volume -> List.of(volume.volumeId())),
            Map.entry("status", volume -> List.of(volume.stateAsString())),
            Map.entry("availability-zone", volume -> List.of(volume.availabilityZone())),
            Map.entry("size", volume -> List.of(String.valueOf(volume.size()))),
            Map.entry("volume-type", volume -> List.of(volume.volumeTypeAsString())),
            Map.entry("snapshot-id", volume -> List.of(volume.snapshotId())),
            Map.entry("encrypted", volume -> List.of(String.valueOf(volume.encrypted()))),
            Map.entry("multi-attach-enabled", volume -> List.of(String.valueOf(volume.multiAttachEnabled()))),
            Map.entry("create-time", volume -> List.of(IsoTimes.of(volume.createTime()))),
            Map.entry("attachment.instance-id", attachments(VolumeAttachment::instanceId)),
            Map.entry("attachment.device", attachments(VolumeAttachment::device)),
            Map.entry("attachment.status", attachments(VolumeAttachment::stateAsString)),
            Map.entry("attachment.attach-time", attachments(attachment -> IsoTimes.of(attachment.attachTime()))),
            Map.entry("attachment.delete-on-termination",
                    attachments(attachment -> String.valueOf(attachment.deleteOnTermination())))),
            volume -> TagSpecifications.toMap(volume.tags()));

    private final VolumeLookup lookup;
    private final VolumeShapes shapes;
    private final Ec2Context ec2;

    DescribeVolumes(Ec2Context ec2, EbsRecords records) {
        this.ec2 = ec2;
        this.lookup = new VolumeLookup(ec2);
        this.shapes = new VolumeShapes(ec2, records);
    }

    @Override
    public DescribeVolumesResponse handle(DescribeVolumesRequest request, RequestContext context) {
        String account = context.principal().accountId();
        if (!request.volumeIds().isEmpty() && request.maxResults() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter volumeSet cannot be used with the parameter maxResults");
        }
        List<io.cloudgate.compute.Volume> volumes = request.volumeIds().isEmpty() ? lookup.volumes(account)
                : new LinkedHashSet<>(request.volumeIds()).stream()
                        .map(volumeId -> lookup.requireVolume(account, volumeId)).toList();
        Map<String, Map<String, String>> tags = ec2.tags().all(account);
        Map<String, String> zoneIds = shapes.zoneIds();
        List<Volume> matching = volumes.stream()
                .map(volume -> shapes.volume(account, volume, tags.getOrDefault(
                        ec2.ids().toAws(ResourceKind.VOLUME, volume.id()), Map.of()), zoneIds))
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(Volume::volumeId))
                .toList();
        Page<Volume> page = Page.of(matching, Volume::volumeId, request.maxResults(), request.nextToken(), 5, 500);
        return DescribeVolumesResponse.builder().volumes(page.items()).nextToken(page.nextToken()).build();
    }

    private static Function<Volume, Collection<String>> attachments(Function<VolumeAttachment, String> value) {
        return volume -> volume.attachments().stream().map(value).toList();
    }
}
