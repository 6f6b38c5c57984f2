package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.LaunchSpec;
import java.util.Map;

/**
 * A validated RunInstances request: what to ask the cloud for (once per instance), how many, and what EC2
 * records and tags for each instance.
 *
 * @param zone the zone the instances go to, or null when the cloud picks
 * @param tags tags on create by resource type ("instance", "volume", "network-interface")
 */
record LaunchPlan(LaunchSpec spec, int minCount, int maxCount, String zone, LaunchOptions options,
                  Map<String, Map<String, String>> tags) {

    Map<String, String> tagsFor(String resourceType) {
        return tags.getOrDefault(resourceType, Map.of());
    }
}
