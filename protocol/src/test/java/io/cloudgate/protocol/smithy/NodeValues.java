package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.json.TimestampText;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.StructureBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/**
 * Turns a test case's {@code params} node into codec values for a schema. Per the Smithy protocol test
 * conventions, timestamps are epoch seconds, blobs are UTF-8 text, and "NaN"/"Infinity"/"-Infinity" strings
 * stand for the special floating-point values.
 */
final class NodeValues {
    private NodeValues() {
    }

    static Object toValue(Node node, Schema schema) {
        if (node == null || node.isNullNode()) {
            return null;
        }
        return switch (schema.type()) {
            case STRUCTURE, UNION -> toStructure(node.expectObjectNode(), schema);
            case LIST -> {
                List<Object> list = new ArrayList<>();
                node.expectArrayNode().getElements().forEach(e -> list.add(toValue(e, schema.listMember().target())));
                yield list;
            }
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                node.expectObjectNode().getStringMap().forEach((k, v) -> map.put(k, toValue(v, schema.mapValue().target())));
                yield map;
            }
            case STRING -> node.expectStringNode().getValue();
            case BOOLEAN -> node.expectBooleanNode().getValue();
            case BYTE -> decimal(node).byteValueExact();
            case SHORT -> decimal(node).shortValueExact();
            case INTEGER -> decimal(node).intValueExact();
            case LONG -> decimal(node).longValueExact();
            case FLOAT -> (float) floatingPoint(node);
            case DOUBLE -> floatingPoint(node);
            case BIG_INTEGER -> decimal(node).toBigIntegerExact();
            case BIG_DECIMAL -> decimal(node);
            case TIMESTAMP -> node.isNumberNode()
                    ? TimestampText.fromEpochSeconds(decimal(node))
                    : TimestampText.parseDateTime(node.expectStringNode().getValue());
            case BLOB -> node.expectStringNode().getValue().getBytes(StandardCharsets.UTF_8);
            case DOCUMENT -> plain(node);
        };
    }

    private static Object toStructure(ObjectNode node, Schema schema) {
        StructureBuilder builder = schema.newBuilder();
        node.getStringMap().forEach((name, value) -> {
            MemberSchema member = schema.member(name);
            if (member == null) {
                throw new IllegalArgumentException("No member " + name + " in " + schema.shapeName());
            }
            Object converted = toValue(value, member.target());
            if (converted != null) {
                builder.set(member, converted);
            }
        });
        return builder.build();
    }

    private static BigDecimal decimal(Node node) {
        if (node.isStringNode()) {
            return new BigDecimal(node.expectStringNode().getValue());
        }
        return new BigDecimal(node.expectNumberNode().getValue().toString());
    }

    private static double floatingPoint(Node node) {
        if (node.isStringNode()) {
            return switch (node.expectStringNode().getValue()) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("Not a float: " + node);
            };
        }
        return node.expectNumberNode().getValue().doubleValue();
    }

    /** A document as plain Java values: Map, List, String, Boolean, Number, null. */
    static Object plain(Node node) {
        if (node.isObjectNode()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.expectObjectNode().getStringMap().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        } else if (node.isArrayNode()) {
            List<Object> list = new ArrayList<>();
            node.expectArrayNode().getElements().forEach(e -> list.add(plain(e)));
            return list;
        } else if (node.isStringNode()) {
            return node.expectStringNode().getValue();
        } else if (node.isBooleanNode()) {
            return node.expectBooleanNode().getValue();
        } else if (node.isNumberNode()) {
            return node.expectNumberNode().getValue();
        }
        return null;
    }
}
