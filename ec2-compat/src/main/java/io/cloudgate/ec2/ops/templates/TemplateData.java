package io.cloudgate.ec2.ops.templates;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.StructureBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launch template data as a plain tree (maps by member name, lists, strings, numbers, booleans) and back,
 * driven by the SDK models' own field metadata. The tree is what the store keeps; because it is keyed by
 * member name, the same tree rebuilds any model whose members share those names: the response data
 * ({@code ResponseLaunchTemplateData} has every member of the request data under the same name) and a
 * {@code RunInstancesRequest}. Members a target does not have are skipped.
 */
final class TemplateData {
    private TemplateData() {
    }

    /** The tree of a structure value (an SDK model object). */
    static Map<String, Object> toTree(Schema schema, Object structure) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (MemberSchema member : schema.members()) {
            Object value = schema.memberValue(structure, member);
            if (value != null) {
                tree.put(member.name(), toPlain(member.target(), value));
            }
        }
        return tree;
    }

    /** A structure value of the schema built from a tree; unknown names and mistyped leaves are skipped. */
    static Object fromTree(Schema schema, Map<?, ?> tree) {
        StructureBuilder builder = schema.newBuilder();
        for (MemberSchema member : schema.members()) {
            Object plain = tree.get(member.name());
            Object value = plain == null ? null : fromPlain(member.target(), plain);
            if (value != null) {
                builder.set(member, value);
            }
        }
        return builder.build();
    }

    private static Object toPlain(Schema schema, Object value) {
        return switch (schema.type()) {
            case STRUCTURE, UNION -> toTree(schema, value);
            case LIST -> {
                List<Object> list = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    list.add(item == null ? null : toPlain(schema.listMember().target(), item));
                }
                yield list;
            }
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((key, item) -> map.put(String.valueOf(key),
                        item == null ? null : toPlain(schema.mapValue().target(), item)));
                yield map;
            }
            case TIMESTAMP -> value.toString();
            case BLOB -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value;
        };
    }

    private static Object fromPlain(Schema schema, Object plain) {
        return switch (schema.type()) {
            case STRUCTURE, UNION -> plain instanceof Map<?, ?> map ? fromTree(schema, map) : null;
            case LIST -> {
                if (!(plain instanceof List<?> items)) {
                    yield null;
                }
                List<Object> list = new ArrayList<>();
                for (Object item : items) {
                    Object value = item == null ? null : fromPlain(schema.listMember().target(), item);
                    if (value != null) {
                        list.add(value);
                    }
                }
                yield list;
            }
            case MAP -> {
                if (!(plain instanceof Map<?, ?> entries)) {
                    yield null;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                entries.forEach((key, item) -> map.put(String.valueOf(key),
                        item == null ? null : fromPlain(schema.mapValue().target(), item)));
                yield map;
            }
            case STRING -> plain instanceof String ? plain : String.valueOf(plain);
            case BOOLEAN -> plain instanceof Boolean ? plain : null;
            case INTEGER -> plain instanceof Number number ? Integer.valueOf(number.intValue()) : null;
            case LONG -> plain instanceof Number number ? Long.valueOf(number.longValue()) : null;
            case SHORT -> plain instanceof Number number ? Short.valueOf(number.shortValue()) : null;
            case BYTE -> plain instanceof Number number ? Byte.valueOf(number.byteValue()) : null;
            case DOUBLE -> plain instanceof Number number ? Double.valueOf(number.doubleValue()) : null;
            case FLOAT -> plain instanceof Number number ? Float.valueOf(number.floatValue()) : null;
            case TIMESTAMP -> plain instanceof String text ? Instant.parse(text) : null;
            case BLOB -> plain instanceof String text ? Base64.getDecoder().decode(text) : null;
            default -> plain;
        };
    }
}
