package io.cloudgate.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of a JSON-model document (an awsJson body, or an rpcv2Cbor body read into the same model): a value
 * replaced by one of another type, members removed, renamed or added, lists grown. The result is written back with
 * the format's own mapper, so it stays syntactically valid and reaches the schema-driven reader.
 */
final class TreeMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeMutations() {
    }

    /** Falls back to a byte mutation when an earlier mutation left the document unreadable. */
    static ByteMutations.Mutated mutate(byte[] document, ObjectMapper format, Random random) {
        JsonNode root;
        try {
            root = format.readTree(document);
        } catch (IOException e) {
            return ByteMutations.mutate(document, random);
        }
        if (root == null || !root.isContainerNode()) {
            return ByteMutations.mutate(document, random);
        }
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        String label = switch (random.nextInt(6)) {
            case 0, 1, 2 -> replaceValue(container, random);
            case 3 -> removeOrRename(container, random);
            case 4 -> addMember(container, random);
            default -> growList(container, random);
        };
        try {
            return new ByteMutations.Mutated(format.writeValueAsBytes(root), label);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static String replaceValue(JsonNode container, Random random) {
        JsonNode replacement = oddValue(random);
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            String name = nthName(object, random.nextInt(object.size()));
            JsonNode original = object.get(name);
            object.set(name, random.nextInt(4) == 0 ? wrap(original, random) : replacement);
            return "member " + name + " := " + abbreviate(object.get(name));
        }
        if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            array.set(index, replacement);
            return "element " + index + " := " + abbreviate(replacement);
        }
        return addMember(container, random);
    }

    /** The original value inside a one-element list or a one-member structure. */
    private static JsonNode wrap(JsonNode original, Random random) {
        if (random.nextBoolean()) {
            return NODES.arrayNode().add(original.deepCopy());
        }
        return NODES.objectNode().set("Value", original.deepCopy());
    }

    private static JsonNode oddValue(Random random) {
        return switch (random.nextInt(18)) {
            case 0 -> NODES.textNode("abc");
            case 1 -> NODES.textNode("");
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(400))));
            case 4 -> NODES.numberNode(new BigDecimal("1E+" + (300 + random.nextInt(100_000))));
            case 5 -> NODES.numberNode(random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY);
            case 6 -> NODES.numberNode(1.5);
            case 7 -> NODES.booleanNode(random.nextBoolean());
            case 8 -> NODES.nullNode();
            case 9 -> NODES.arrayNode();
            case 10 -> NODES.objectNode();
            case 11 -> NODES.textNode("x".repeat(200_000));
            case 12 -> NODES.textNode("\u0000\u0001\uffff\u202e");
            case 13 -> NODES.binaryNode(new byte[] {1, 2, 3});
            case 14 -> NODES.numberNode(Long.MIN_VALUE);
            case 15 -> NODES.textNode("2024-01-02T03:04:05Z");
            case 16 -> NODES.numberNode(new BigDecimal("-1E-400"));
            default -> NODES.arrayNode().add(NODES.objectNode().put("Name", 1));
        };
    }

    private static String removeOrRename(JsonNode container, Random random) {
        if (!(container instanceof ObjectNode object) || object.isEmpty()) {
            return addMember(container, random);
        }
        String name = nthName(object, random.nextInt(object.size()));
        JsonNode value = object.remove(name);
        if (random.nextBoolean()) {
            return "remove " + name;
        }
        String renamed = random.nextBoolean() ? name.toLowerCase() : name + "\u0000";
        object.set(renamed, value);
        return "rename " + name + " -> " + renamed;
    }

    private static String addMember(JsonNode container, Random random) {
        if (container instanceof ArrayNode array) {
            array.add(oddValue(random));
            return "append element";
        }
        ObjectNode object = (ObjectNode) container;
        String name = new String[] {"Unknown", "__type", "", "Namespace", "Dimensions", "MetricData", "\ud83d\udca9",
                "Value"}[random.nextInt(8)];
        object.set(name, oddValue(random));
        return "add member " + name + " := " + abbreviate(object.get(name));
    }

    private static String growList(JsonNode container, Random random) {
        if (!(container instanceof ArrayNode array) || array.isEmpty()) {
            return replaceValue(container, random);
        }
        int count = new int[] {100, 10_000}[random.nextInt(2)];
        JsonNode element = array.get(0);
        for (int i = 0; i < count; i++) {
            array.add(element.deepCopy());
        }
        return "list grown by " + count;
    }

    private static String nthName(ObjectNode object, int n) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        for (int i = 0; i < n; i++) {
            fields.next();
        }
        return fields.next().getKey();
    }

    private static String abbreviate(JsonNode node) {
        return FormMutations.abbreviate(node.toString());
    }
}
