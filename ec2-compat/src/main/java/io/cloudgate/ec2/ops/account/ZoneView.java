package io.cloudgate.ec2.ops.account;

import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.ZoneIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.AvailabilityZoneOptInStatus;
import software.amazon.awssdk.services.ec2.model.AvailabilityZoneState;

/** The cloud's zones as EC2 availability zones, in name order. */
final class ZoneView {
    private ZoneView() {
    }

    static List<AvailabilityZone> of(List<Zone> zones, String region) {
        Map<String, String> ids = ZoneIds.byZoneName(zones, region);
        return zones.stream()
                .sorted(Comparator.comparing(Zone::name))
                .map(zone -> AvailabilityZone.builder()
                        .zoneName(zone.name())
                        .zoneId(ids.get(zone.name()))
                        .state(zone.available() ? AvailabilityZoneState.AVAILABLE : AvailabilityZoneState.UNAVAILABLE)
                        .regionName(region)
                        .zoneType("availability-zone")
                        .groupName(region + "-zg-1")
                        .groupLongName(RegionDisplayNames.of(region) + " 1")
                        .networkBorderGroup(region)
                        .optInStatus(AvailabilityZoneOptInStatus.OPT_IN_NOT_REQUIRED)
                        .messages(List.of())
                        .build())
                .toList();
    }
}
