package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of CloudStack answers: for each kind of object (a VM as listVirtualMachines lists it, the result of a
 * job that made a volume, an error...), the field paths it has ({@code nic[].ipaddress}) with their JSON types.
 * The kinds: {@code <command>[]} for listed items, {@code <command>} for other answers, {@code job/<status>} for a
 * job's envelope, {@code jobresult/<object>} for what a finished job made, {@code jobfailure} and {@code error}.
 */
final class AnswerShapes {
    /** One object of an answer and its kind. */
    record Sample(String kind, JsonNode node) {
    }

    /** What the samples of one kind had: every path seen with its types, and the paths all of them had. */
    static final class Shape {
        final Map<String, Set<String>> seen = new LinkedHashMap<>();
        Set<String> always;

        void add(Map<String, String> fields) {
            fields.forEach((path, type) -> seen.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(type));
            if (always == null) {
                always = new LinkedHashSet<>(fields.keySet());
            } else {
                always.retainAll(fields.keySet());
            }
        }
    }

    /** A map of settings ({@code details} of VMs and templates): its keys are values, not fields. */
    private static final String FREE_FORM = "details";

    private AnswerShapes() {
    }

    static List<Sample> samples(String command, int status, JsonNode body) {
        JsonNode inner = body.elements().hasNext() ? body.elements().next() : body;
        List<Sample> samples = new ArrayList<>();
        if (status != 200) {
            samples.add(new Sample("error", inner));
        } else if (command.equals("queryAsyncJobResult")) {
            ObjectNode envelope = ((ObjectNode) inner).deepCopy();
            JsonNode result = envelope.remove("jobresult");
            samples.add(new Sample("job/" + inner.path("jobstatus").asInt(), envelope));
            if (inner.path("jobstatus").asInt() == 2) {
                samples.add(new Sample("jobfailure", result));
            } else if (result != null && result.size() == 1 && result.elements().next().isObject()) {
                samples.add(new Sample("jobresult/" + result.fieldNames().next(), result.elements().next()));
            } else if (result != null) {
                samples.add(new Sample("jobresult", result));
            }
        } else if (command.startsWith("list")) {
            inner.forEach(value -> {
                if (value.isArray()) {
                    value.forEach(item -> samples.add(new Sample(command + "[]", item)));
                }
            });
        } else {
            samples.add(new Sample(command, inner));
        }
        return samples;
    }

    /** Every field path of the object with its type; array items share the path {@code name[]}. */
    static Map<String, String> fields(JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        collect(node, "", fields);
        return fields;
    }

    private static void collect(JsonNode node, String prefix, Map<String, String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                fields.put(path, type(entry.getValue()));
                if (!entry.getKey().equals(FREE_FORM)) {
                    collect(entry.getValue(), path, fields);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> {
                fields.put(prefix + "[]", type(item));
                collect(item, prefix + "[]", fields);
            });
        }
    }

    static String type(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
