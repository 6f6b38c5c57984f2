package io.cloudgate.protocol.query;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.xml.ScalarText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes query parameters into an input structure by schema. The two query protocols differ only in how
 * collections are named: ec2Query always writes {@code Name.1}; awsQuery writes {@code Name.member.1} and
 * {@code Name.entry.1.key} unless the member is flattened. Both send an empty list as {@code Name=}.
 */
final class QueryShapeReader {
    private final boolean ec2;

    QueryShapeReader(boolean ec2) {
        this.ec2 = ec2;
    }

    /** The decoded input, or null for an operation without one. */
    Object read(Map<String, String> parameters, Schema input) {
        if (input == null) {
            return null;
        }
        return readStructure(QueryNode.of(parameters), input, "");
    }

    private Object readStructure(QueryNode node, Schema schema, String path) {
        StructureBuilder builder = schema.newBuilder();
        for (MemberSchema member : schema.members()) {
            QueryNode child = node.child(member.requestName());
            if (child != null) {
                Object value = readValue(child, member, path + member.requestName());
                if (value != null) {
                    builder.set(member, value);
                }
            }
        }
        return builder.build();
    }

    private Object readValue(QueryNode node, MemberSchema member, String path) {
        Schema target = member.target();
        return switch (target.type()) {
            case STRUCTURE, UNION -> readStructure(node, target, path + ".");
            case LIST -> readList(node, member, path);
            case MAP -> readMap(node, member, path);
            case DOCUMENT -> throw new MalformedRequestException("Query requests cannot carry document " + path);
            default -> node.value() == null ? null : ScalarText.parse(target.type(), node.value(),
                    member.timestampFormat() != null ? member.timestampFormat() : TimestampFormat.DATE_TIME, path);
        };
    }

    private List<Object> readList(QueryNode node, MemberSchema member, String path) {
        MemberSchema element = member.target().listMember();
        boolean wrapped = !ec2 && !member.flattened();
        QueryNode items = wrapped ? node.child(element.requestName()) : node;
        if (items == null) {
            return isEmptyCollectionMarker(node) ? new ArrayList<>() : null;
        }
        String itemPath = wrapped ? path + "." + element.requestName() + "." : path + ".";
        List<Object> list = new ArrayList<>();
        int position = 0;
        for (QueryNode item : items.indexed()) {
            position++;
            Object value = readValue(item, element, itemPath + position);
            if (value != null) {
                list.add(value);
            }
        }
        return list.isEmpty() && !isEmptyCollectionMarker(node) && !items.hasChildren() ? null : list;
    }

    private Map<String, Object> readMap(QueryNode node, MemberSchema member, String path) {
        MemberSchema key = member.target().mapKey();
        MemberSchema value = member.target().mapValue();
        boolean wrapped = !ec2 && !member.flattened();
        QueryNode entries = wrapped ? node.child("entry") : node;
        if (entries == null) {
            return isEmptyCollectionMarker(node) ? new LinkedHashMap<>() : null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        String entryPath = wrapped ? path + ".entry." : path + ".";
        int position = 0;
        for (QueryNode entry : entries.indexed()) {
            position++;
            QueryNode keyNode = entry.child(key.requestName());
            if (keyNode == null || keyNode.value() == null) {
                throw new MalformedRequestException("Missing " + entryPath + position + "." + key.requestName());
            }
            QueryNode valueNode = entry.child(value.requestName());
            Object decoded = valueNode == null ? null
                    : readValue(valueNode, value, entryPath + position + "." + value.requestName());
            if (decoded != null) {
                map.put(keyNode.value(), decoded);
            }
        }
        return map;
    }

    /** An empty list or map travels as the bare name with an empty value. */
    private static boolean isEmptyCollectionMarker(QueryNode node) {
        return "".equals(node.value()) && !node.hasChildren();
    }
}
