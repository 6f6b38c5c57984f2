package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.MachineType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova flavors under AWS instance type names, through the configured mapping. Architecture and burstability come
 * from the AWS name itself (a "g" after the generation digit is Graviton, arm64; the t family bursts).
 */
final class InstanceTypes {
    private final Map<String, String> mapping;

    InstanceTypes(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    /** The offered types whose flavor exists, in mapping order. */
    List<MachineType> types(JsonNode flavors) {
        List<MachineType> types = new ArrayList<>();
        mapping.forEach((aws, flavorName) -> flavor(flavors, flavorName).ifPresent(flavor -> types.add(
                new MachineType(aws, flavor.path("vcpus").asInt(), flavor.path("ram").asInt(),
                        List.of(architecture(aws)), aws.startsWith("t")))));
        return types;
    }

    Optional<String> flavorName(String awsName) {
        return Optional.ofNullable(mapping.get(awsName));
    }

    /** The AWS name for a flavor of the given architecture, or the flavor's own name when unmapped. */
    String awsName(String flavorName, String architecture) {
        return mapping.entrySet().stream()
                .filter(e -> e.getValue().equals(flavorName) && architecture(e.getKey()).equals(architecture))
                .map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> mapping.entrySet().stream().filter(e -> e.getValue().equals(flavorName))
                        .map(Map.Entry::getKey).findFirst().orElse(flavorName));
    }

    static String architecture(String awsName) {
        int dot = awsName.indexOf('.');
        String family = dot < 0 ? awsName : awsName.substring(0, dot);
        return family.matches("[a-z]+\\d+[a-z]*g[a-z]*") ? "arm64" : "x86_64";
    }

    static Optional<JsonNode> flavor(JsonNode flavors, String name) {
        for (JsonNode flavor : flavors) {
            if (name.equals(flavor.path("name").asText()) || name.equals(flavor.path("id").asText())) {
                return Optional.of(flavor);
            }
        }
        return Optional.empty();
    }
}
