package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.cloudgate.cloudstack.client.CloudStackClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every tenant shares and rarely changes: zones, service and disk offerings and the public (featured)
 * templates, kept in Caffeine for the catalog TTL so that listing them costs CloudStack nothing most of the time.
 */
final class Catalog {
    private enum Part { ZONES, OFFERINGS, DISK_OFFERINGS, TEMPLATES }

    private final LoadingCache<Part, List<JsonNode>> cache;

    Catalog(CloudStackClient client, Clock clock, Duration ttl) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).ticker(new ClockTicker(clock)).executor(Runnable::run)
                .build(part -> switch (part) {
                    case ZONES -> client.list("listZones", Map.of(), "zone", null);
                    case OFFERINGS -> client.list("listServiceOfferings", Map.of(), "serviceoffering", null);
                    case DISK_OFFERINGS -> client.list("listDiskOfferings", Map.of(), "diskoffering", null);
                    case TEMPLATES -> client.list("listTemplates", Map.of("templatefilter", "featured"), "template",
                            null);
                });
    }

    List<JsonNode> zones() {
        return cache.get(Part.ZONES);
    }

    List<JsonNode> offerings() {
        return cache.get(Part.OFFERINGS);
    }

    List<JsonNode> diskOfferings() {
        return cache.get(Part.DISK_OFFERINGS);
    }

    /** Featured templates, one entry per template per zone as CloudStack lists them. */
    List<JsonNode> templates() {
        return cache.get(Part.TEMPLATES);
    }

    Optional<JsonNode> zoneByName(String name) {
        return zones().stream().filter(z -> name.equals(Fields.text(z, "name"))).findFirst();
    }

    Optional<JsonNode> zoneById(String id) {
        return zones().stream().filter(z -> id.equals(Fields.text(z, "id"))).findFirst();
    }
}
