package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.MachineType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operator's mapping of AWS instance type names to service offerings (by name or id). vCPUs and memory are
 * the offering's own, so DescribeInstanceTypes tells the truth about what a type gets.
 */
final class InstanceTypeMapping {
    private final Map<String, String> offeringByType;

    InstanceTypeMapping(Map<String, String> offeringByType) {
        this.offeringByType = new TreeMap<>(offeringByType);
    }

    /** The offered types, in name order; a type whose offering does not exist is left out. */
    List<MachineType> types(List<JsonNode> offerings) {
        List<MachineType> types = new ArrayList<>();
        offeringByType.forEach((type, offering) -> find(offerings, offering).ifPresent(found ->
                types.add(new MachineType(type, Fields.integer(found, "cpunumber", 1),
                        Fields.integer(found, "memory", 0), List.of("x86_64"), type.startsWith("t")))));
        return types;
    }

    /** The offering id of a type, if mapped and present. */
    Optional<String> offeringId(String type, List<JsonNode> offerings) {
        String offering = offeringByType.get(type);
        return offering == null ? Optional.empty() : find(offerings, offering).map(o -> Fields.text(o, "id"));
    }

    /** The type name a VM's offering is shown as: the first type mapped to it, else the offering's own name. */
    String typeOf(String offeringId, String offeringName) {
        return offeringByType.entrySet().stream()
                .filter(e -> e.getValue().equals(offeringId) || e.getValue().equals(offeringName))
                .map(Map.Entry::getKey).findFirst().orElse(offeringName);
    }

    private static Optional<JsonNode> find(List<JsonNode> offerings, String nameOrId) {
        return offerings.stream()
                .filter(o -> nameOrId.equals(Fields.text(o, "id")) || nameOrId.equals(Fields.text(o, "name")))
                .findFirst();
    }
}
