package io.cloudgate.protocol.restxml;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.Utf8;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.xml.ScalarText;
import io.cloudgate.protocol.xml.XmlReader;
import io.cloudgate.protocol.xml.XmlShapeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Decodes a restXml input from labels, headers, query parameters and the XML body (or payload member). */
final class RestXmlInputReader {
    private RestXmlInputReader() {
    }

    /** The decoded input, or null for an operation without one. */
    static Object read(WireRequest request, Schema input, Map<String, String> labels) {
        if (input == null) {
            return null;
        }
        StructureBuilder builder = input.newBuilder();
        Map<String, List<String>> query = request.queryParameters();
        boolean hasBody = false;
        MemberSchema queryParams = null;
        for (MemberSchema member : input.members()) {
            Object value = switch (member.location()) {
                case LABEL, GREEDY_LABEL -> simple(member, labels.get(member.locationName()),
                        TimestampFormat.DATE_TIME, "label " + member.locationName());
                case HEADER -> header(member, request.headers().all(member.locationName()));
                case PREFIX_HEADERS -> prefixHeaders(member, request);
                case QUERY -> queryValue(member, query.get(member.locationName()));
                case PAYLOAD -> payload(member, request.body());
                case QUERY_PARAMS -> {
                    queryParams = member;
                    yield null;
                }
                case BODY -> {
                    hasBody = true;
                    yield null;
                }
                case STATUS_CODE -> null;
            };
            if (value != null) {
                builder.set(member, value);
            }
        }
        if (queryParams != null) {
            Object value = allQuery(queryParams, query);
            if (value != null) {
                builder.set(queryParams, value);
            }
        }
        if (hasBody && request.body().length > 0) {
            XmlShapeReader.readMembers(XmlReader.parse(request.body()), input, builder);
        }
        return builder.build();
    }

    private static Object header(MemberSchema member, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String what = "header " + member.locationName();
        if (member.target().type() != ShapeType.LIST) {
            return simple(member, values.get(0), TimestampFormat.HTTP_DATE, what);
        }
        MemberSchema element = member.target().listMember();
        TimestampFormat format = formatOf(member, element, TimestampFormat.HTTP_DATE);
        List<Object> items = new ArrayList<>();
        for (String value : values) {
            for (String item : HeaderLists.split(value, format == TimestampFormat.HTTP_DATE
                    && element.target().type() == ShapeType.TIMESTAMP)) {
                items.add(ScalarText.parse(element.target().type(), item, format, what));
            }
        }
        return items;
    }

    private static Object queryValue(MemberSchema member, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String what = "query parameter " + member.locationName();
        if (member.target().type() != ShapeType.LIST) {
            return simple(member, values.get(0), TimestampFormat.DATE_TIME, what);
        }
        MemberSchema element = member.target().listMember();
        TimestampFormat format = formatOf(member, element, TimestampFormat.DATE_TIME);
        List<Object> items = new ArrayList<>(values.size());
        for (String value : values) {
            items.add(ScalarText.parse(element.target().type(), value, format, what));
        }
        return items;
    }

    private static Object prefixHeaders(MemberSchema member, WireRequest request) {
        String prefix = member.locationName().toLowerCase(Locale.ROOT);
        Map<String, String> map = new LinkedHashMap<>();
        request.headers().asMap().forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty()) {
                map.put(name.substring(prefix.length()), values.get(0));
            }
        });
        return map.isEmpty() ? null : map;
    }

    /**
     * Every query parameter, including those a QUERY member also takes (Smithy's httpQueryParams tests say so);
     * map values are strings or lists of strings.
     */
    private static Object allQuery(MemberSchema member, Map<String, List<String>> query) {
        boolean multiValued = member.target().mapValue().target().type() == ShapeType.LIST;
        Map<String, Object> map = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!values.isEmpty()) {
                map.put(name, multiValued ? List.copyOf(values) : values.get(0));
            }
        });
        return map.isEmpty() ? null : map;
    }

    private static Object payload(MemberSchema member, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        return switch (member.target().type()) {
            case BLOB -> body;
            case STRING -> Utf8.decodeStrict(body, 0, body.length);
            case STRUCTURE, UNION -> XmlShapeReader.readStructure(XmlReader.parse(body), member.target());
            default -> simple(member, Utf8.decodeStrict(body, 0, body.length), TimestampFormat.DATE_TIME,
                    "payload");
        };
    }

    private static Object simple(MemberSchema member, String text, TimestampFormat locationDefault, String what) {
        if (text == null) {
            return null;
        }
        TimestampFormat format = member.timestampFormat() != null ? member.timestampFormat() : locationDefault;
        return ScalarText.parse(member.target().type(), text, format, what);
    }

    private static TimestampFormat formatOf(MemberSchema member, MemberSchema element, TimestampFormat fallback) {
        if (element.timestampFormat() != null) {
            return element.timestampFormat();
        }
        return member.timestampFormat() != null ? member.timestampFormat() : fallback;
    }
}
