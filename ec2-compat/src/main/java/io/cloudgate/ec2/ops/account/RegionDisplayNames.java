package io.cloudgate.ec2.ops.account;

import java.util.Map;

/** The display names of AWS regions, used in zone group long names ("US East (N. Virginia) 1"). */
final class RegionDisplayNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"), Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("ca-central-1", "Canada (Central)"), Map.entry("eu-west-1", "Europe (Ireland)"),
            Map.entry("eu-west-2", "Europe (London)"), Map.entry("eu-west-3", "Europe (Paris)"),
            Map.entry("eu-central-1", "Europe (Frankfurt)"), Map.entry("eu-north-1", "Europe (Stockholm)"),
            Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"), Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"),
            Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"), Map.entry("ap-south-1", "Asia Pacific (Mumbai)"),
            Map.entry("sa-east-1", "South America (Sao Paulo)"));

    private RegionDisplayNames() {
    }

    /** The region's display name, or the region itself for one AWS does not have. */
    static String of(String region) {
        return NAMES.getOrDefault(region, region);
    }
}
