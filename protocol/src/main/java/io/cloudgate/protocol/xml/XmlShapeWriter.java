package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes response values as XML by their schema: members by response name, wrapped lists with the list's member
 * element name ("member", "item"), flattened lists and maps as repeated elements, XML attributes, namespaces.
 * Date-times carry milliseconds unless a member names another format.
 */
public final class XmlShapeWriter {
    private XmlShapeWriter() {
    }

    /**
     * Writes the BODY members of a structure into the element the caller has just started: attribute members
     * first (the start tag is still open), then child elements. Null members are omitted.
     */
    public static void writeMembers(XmlWriter writer, Schema schema, Object structure) {
        writeMembers(writer, schema, structure, member -> true);
    }

    /** As {@link #writeMembers(XmlWriter, Schema, Object)}, for the members the filter accepts. */
    public static void writeMembers(XmlWriter writer, Schema schema, Object structure,
                                    Predicate<MemberSchema> include) {
        List<MemberSchema> members = schema.members();
        for (MemberSchema member : members) {
            if (member.xmlAttribute() && member.location() == Location.BODY && include.test(member)) {
                Object value = schema.memberValue(structure, member);
                if (value != null) {
                    writer.attribute(qualifiedName(member), scalarText(member, value));
                }
            }
        }
        for (MemberSchema member : members) {
            if (!member.xmlAttribute() && member.location() == Location.BODY && include.test(member)) {
                Object value = schema.memberValue(structure, member);
                if (value != null) {
                    writeValue(writer, qualifiedName(member), member, value);
                }
            }
        }
    }

    /** Writes a whole structure as one element, declaring its namespace when the schema has one. */
    public static void writeStructure(XmlWriter writer, String elementName, Schema schema, Object structure,
                                      XmlNamespace namespace) {
        writer.start(elementName);
        declare(writer, namespace != null ? namespace : schema.xmlNamespace());
        writeMembers(writer, schema, structure);
        writer.end();
    }

    /** Whether a structure has members that belong in an XML body (as opposed to headers, labels...). */
    public static boolean hasBodyMembers(Schema schema) {
        for (MemberSchema member : schema.members()) {
            if (member.location() == Location.BODY) {
                return true;
            }
        }
        return false;
    }

    private static void writeValue(XmlWriter writer, String name, MemberSchema member, Object value) {
        Schema target = member.target();
        switch (target.type()) {
            case STRUCTURE, UNION -> writeStructure(writer, name, target, value, member.xmlNamespace());
            case LIST -> writeList(writer, name, member, (List<?>) value);
            case MAP -> writeMap(writer, name, member, (Map<?, ?>) value);
            case DOCUMENT -> throw new IllegalArgumentException("XML cannot carry document member " + member.name());
            default -> {
                writer.start(name);
                declare(writer, member.xmlNamespace());
                writer.text(scalarText(member, value));
                writer.end();
            }
        }
    }

    private static void writeList(XmlWriter writer, String name, MemberSchema member, List<?> list) {
        MemberSchema element = member.target().listMember();
        if (member.flattened()) {
            for (Object item : list) {
                if (item != null) {
                    writeValue(writer, name, element, item);
                }
            }
            return;
        }
        writer.start(name);
        declare(writer, member.xmlNamespace());
        String elementName = qualifiedName(element);
        for (Object item : list) {
            if (item != null) {
                writeValue(writer, elementName, element, item);
            }
        }
        writer.end();
    }

    private static void writeMap(XmlWriter writer, String name, MemberSchema member, Map<?, ?> map) {
        MemberSchema key = member.target().mapKey();
        MemberSchema value = member.target().mapValue();
        if (!member.flattened()) {
            writer.start(name);
            declare(writer, member.xmlNamespace());
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            writer.start(member.flattened() ? name : "entry");
            writeValue(writer, qualifiedName(key), key, entry.getKey());
            writeValue(writer, qualifiedName(value), value, entry.getValue());
            writer.end();
        }
        if (!member.flattened()) {
            writer.end();
        }
    }

    private static String scalarText(MemberSchema member, Object value) {
        TimestampFormat format = member.timestampFormat() != null ? member.timestampFormat() : TimestampFormat.DATE_TIME;
        return ScalarText.format(member.target().type(), value, format);
    }

    private static String qualifiedName(MemberSchema member) {
        XmlNamespace namespace = member.xmlNamespace();
        String name = member.responseName();
        return namespace != null && namespace.prefix() != null && !member.xmlAttribute()
                ? namespace.prefix() + ":" + name : name;
    }

    private static void declare(XmlWriter writer, XmlNamespace namespace) {
        if (namespace != null) {
            writer.attribute(namespace.prefix() == null ? "xmlns" : "xmlns:" + namespace.prefix(), namespace.uri());
        }
    }
}
