package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operator's mapping of AWS volume types to disk offerings (by name or id), each taking a custom size. Without a
 * mapping every volume is made with the first custom-size offering and shown as gp2.
 */
final class VolumeTypeMapping {
    static final String DEFAULT_TYPE = "gp2";

    private final Map<String, String> offeringByType;

    VolumeTypeMapping(Map<String, String> offeringByType) {
        this.offeringByType = new TreeMap<>(offeringByType);
    }

    /** The offering for a type (null: the default type); empty when the type is not offered. */
    Optional<JsonNode> offering(String type, List<JsonNode> offerings) {
        if (offeringByType.isEmpty()) {
            return offerings.stream().filter(o -> Fields.bool(o, "iscustomized")).findFirst();
        }
        String wanted = type != null ? type
                : offeringByType.containsKey(DEFAULT_TYPE) ? DEFAULT_TYPE : offeringByType.keySet().iterator().next();
        String offering = offeringByType.get(wanted);
        return offering == null ? Optional.empty() : offerings.stream()
                .filter(o -> offering.equals(Fields.text(o, "id")) || offering.equals(Fields.text(o, "name")))
                .findFirst();
    }

    /** The type a volume of that disk offering is shown as. */
    String typeOf(String offeringId, String offeringName) {
        return offeringByType.entrySet().stream()
                .filter(e -> e.getValue().equals(offeringId) || e.getValue().equals(offeringName))
                .map(Map.Entry::getKey).findFirst().orElse(DEFAULT_TYPE);
    }
}
