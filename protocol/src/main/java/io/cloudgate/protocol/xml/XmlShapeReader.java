package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads request XML into values by schema, matching elements by request name (local names; prefixes ignored).
 * Unknown elements are ignored, as AWS does. Values of the wrong type are {@link MalformedRequestException}s.
 */
public final class XmlShapeReader {
    private XmlShapeReader() {
    }

    /** Sets the BODY members of a structure from the children and attributes of its element. */
    public static void readMembers(XmlElement element, Schema schema, StructureBuilder builder) {
        for (MemberSchema member : schema.members()) {
            if (member.location() != Location.BODY) {
                continue;
            }
            Object value = readMember(element, member);
            if (value != null) {
                builder.set(member, value);
            }
        }
    }

    public static Object readStructure(XmlElement element, Schema schema) {
        StructureBuilder builder = schema.newBuilder();
        readMembers(element, schema, builder);
        return builder.build();
    }

    private static Object readMember(XmlElement parent, MemberSchema member) {
        String name = localName(member.requestName());
        if (member.xmlAttribute()) {
            String text = parent.attributes().get(member.requestName());
            if (text == null) {
                text = parent.attributes().get(name);
            }
            return text == null ? null : scalar(member, text, parent.name() + "@" + name);
        }
        if (member.flattened()) {
            List<XmlElement> occurrences = parent.children(name);
            if (occurrences.isEmpty()) {
                return null;
            }
            return switch (member.target().type()) {
                case LIST -> readItems(occurrences, member.target().listMember());
                case MAP -> readEntries(occurrences, member.target());
                default -> readValue(occurrences.get(0), member);
            };
        }
        XmlElement child = parent.child(name);
        return child == null ? null : readValue(child, member);
    }

    private static Object readValue(XmlElement element, MemberSchema member) {
        Schema target = member.target();
        return switch (target.type()) {
            case STRUCTURE, UNION -> readStructure(element, target);
            case LIST -> readItems(element.children(), target.listMember());
            case MAP -> readEntries(element.children(), target);
            case DOCUMENT -> throw new MalformedRequestException("XML cannot carry document member " + member.name());
            default -> scalar(member, element.text(), element.name());
        };
    }

    private static List<Object> readItems(List<XmlElement> items, MemberSchema element) {
        List<Object> list = new ArrayList<>(items.size());
        for (XmlElement item : items) {
            Object value = readValue(item, element);
            if (value != null) {
                list.add(value);
            }
        }
        return list;
    }

    /** Entries are {@code <entry><key/><value/></entry>} when wrapped, or the repeated member elements when flat. */
    private static Map<String, Object> readEntries(List<XmlElement> entries, Schema map) {
        MemberSchema key = map.mapKey();
        MemberSchema value = map.mapValue();
        Map<String, Object> result = new LinkedHashMap<>();
        for (XmlElement entry : entries) {
            XmlElement keyElement = entry.child(localName(key.requestName()));
            XmlElement valueElement = entry.child(localName(value.requestName()));
            if (keyElement == null) {
                throw new MalformedRequestException("Map entry " + entry.name() + " has no " + key.requestName());
            }
            Object decoded = valueElement == null ? null : readValue(valueElement, value);
            if (decoded != null) {
                result.put(keyElement.text(), decoded);
            }
        }
        return result;
    }

    private static Object scalar(MemberSchema member, String text, String what) {
        TimestampFormat format = member.timestampFormat() != null
                ? member.timestampFormat() : TimestampFormat.DATE_TIME;
        return ScalarText.parse(member.target().type(), text, format, what);
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
