package io.cloudgate.ec2.core;

import io.cloudgate.compute.Zone;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability zone ids ("use1-az1") for the cloud's zones, numbered in zone name order: stable while the cloud
 * keeps its zones. (AWS shuffles them per account, which nothing relies on.) Subnets and instances report the
 * same ids as DescribeAvailabilityZones.
 */
public final class ZoneIds {
    private static final Map<String, String> DIRECTIONS = Map.of(
            "north", "n", "south", "s", "east", "e", "west", "w", "central", "c",
            "northeast", "ne", "southeast", "se", "northwest", "nw", "southwest", "sw");

    private ZoneIds() {
    }

    /** Zone name -> zone id, in zone name order. */
    public static Map<String, String> byZoneName(List<Zone> zones, String region) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> names = zones.stream().map(Zone::name).sorted(Comparator.naturalOrder()).toList();
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), regionCode(region) + "-az" + (i + 1));
        }
        return ids;
    }

    /** The id of the named zone; empty when the cloud has no such zone. */
    public static Optional<String> idOf(String region, List<Zone> zones, String zoneName) {
        return Optional.ofNullable(byZoneName(zones, region).get(zoneName));
    }

    /** The name of the zone with this id; empty when the cloud has no such zone. */
    public static Optional<String> nameOf(String region, List<Zone> zones, String zoneId) {
        return byZoneName(zones, region).entrySet().stream()
                .filter(entry -> entry.getValue().equals(zoneId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** "us-east-1" -> "use1", "ap-southeast-2" -> "apse2"; a region of another shape is used as it is. */
    public static String regionCode(String region) {
        String[] parts = region.split("-");
        if (parts.length != 3 || !DIRECTIONS.containsKey(parts[1])) {
            return region;
        }
        return parts[0] + DIRECTIONS.get(parts[1]) + parts[2];
    }
}
