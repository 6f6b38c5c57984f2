package io.cloudgate.ec2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.AvailabilityZoneMessage;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;

/** The cloud's zones, by name, id or filter. */
public final class DescribeAvailabilityZones
        implements Operation<DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResponse> {
    private static final Filters<AvailabilityZone> FILTERS = new Filters<>(
            Map.<String, Function<AvailabilityZone, Collection<String>>>of(
                    "zone-name", zone -> List.of(zone.zoneName()),
                    "zone-id", zone -> List.of(zone.zoneId()),
                    "state", zone -> List.of(zone.stateAsString()),
                    "region-name", zone -> List.of(zone.regionName()),
                    "zone-type", zone -> List.of(zone.zoneType()),
                    "group-name", zone -> List.of(zone.groupName()),
                    "group-long-name", zone -> List.of(zone.groupLongName()),
                    "network-border-group", zone -> List.of(zone.networkBorderGroup()),
                    "opt-in-status", zone -> List.of(zone.optInStatusAsString()),
                    "message", zone -> zone.messages().stream().map(AvailabilityZoneMessage::message).toList()),
            zone -> Map.of());

    private final Ec2Context context;

    DescribeAvailabilityZones(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeAvailabilityZonesResponse handle(DescribeAvailabilityZonesRequest request,
                                                    RequestContext requestContext) {
        List<AvailabilityZone> zones = ZoneView.of(context.compute().zones().list(), context.region());
        requireKnown(request.zoneNames(), zones, AvailabilityZone::zoneName, "Invalid availability zone: [%s]");
        requireKnown(request.zoneIds(), zones, AvailabilityZone::zoneId, "Invalid availability zone-id: [%s]");
        List<AvailabilityZone> result = zones.stream()
                .filter(zone -> request.zoneNames().isEmpty() || request.zoneNames().contains(zone.zoneName()))
                .filter(zone -> request.zoneIds().isEmpty() || request.zoneIds().contains(zone.zoneId()))
                .filter(FILTERS.matcher(request.filters()))
                .toList();
        return DescribeAvailabilityZonesResponse.builder().availabilityZones(result).build();
    }

    private static void requireKnown(List<String> wanted, List<AvailabilityZone> zones,
                                     Function<AvailabilityZone, String> identity, String message) {
        for (String value : wanted) {
            if (zones.stream().noneMatch(zone -> identity.apply(zone).equals(value))) {
                throw AwsException.badRequest("InvalidParameterValue", String.format(message, value));
            }
        }
    }
}
