package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.ReusableValues;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes response values as XML by their schema: members by response name, wrapped lists with the list's member
 * element name ("member", "item"), flattened lists and maps as repeated elements, XML attributes, namespaces.
 * Date-times are RFC 3339 unless a member names another format.
 */
public final class XmlShapeWriter {
    /** Date-times with milliseconds only when they have some: "2014-04-29T18:30:38Z", as STS and Smithy do. */
    public static final XmlShapeWriter STANDARD = new XmlShapeWriter(false);
    /** EC2 always writes milliseconds: "2015-01-25T08:00:00.000Z". */
    public static final XmlShapeWriter ALWAYS_MILLIS = new XmlShapeWriter(true);

    private final boolean alwaysMillis;

    private XmlShapeWriter(boolean alwaysMillis) {
        this.alwaysMillis = alwaysMillis;
    }

    /**
     * Writes the document members of a structure into the element the caller has just started: attribute
     * members first (the start tag is still open), then child elements. Null members are omitted.
     */
    public void writeMembers(XmlWriter writer, Schema schema, Object structure) {
        writeMembers(writer, schema, structure, member -> true);
    }

    /** As {@link #writeMembers(XmlWriter, Schema, Object)}, for the members the filter accepts. */
    public void writeMembers(XmlWriter writer, Schema schema, Object structure, Predicate<MemberSchema> include) {
        List<MemberSchema> members = schema.members();
        for (MemberSchema member : members) {
            if (member.xmlAttribute() && inDocument(member) && include.test(member)) {
                Object value = schema.memberValue(structure, member);
                if (value != null) {
                    writer.attribute(member.responseName(), scalarText(member, value));
                }
            }
        }
        for (MemberSchema member : members) {
            if (!member.xmlAttribute() && inDocument(member) && include.test(member)) {
                Object value = schema.memberValue(structure, member);
                if (value != null) {
                    writeValue(writer, member.responseName(), member, value);
                }
            }
        }
    }

    /**
     * Writes a nested structure as one element, declaring the member's namespace. A namespace on a nested
     * structure's own shape is ignored, as Smithy specifies; only member namespaces and the root count.
     */
    private void writeStructure(XmlWriter writer, String elementName, Schema schema, Object structure,
                                XmlNamespace namespace) {
        writer.start(elementName);
        declare(writer, namespace);
        writeMembers(writer, schema, structure);
        writer.end();
    }

    /** Whether a structure has members that belong in an XML document (as opposed to headers, payload...). */
    public static boolean hasBodyMembers(Schema schema) {
        for (MemberSchema member : schema.members()) {
            if (inDocument(member)) {
                return true;
            }
        }
        return false;
    }

    /** Query and label bindings mean nothing in a response, so such members are written as body members. */
    private static boolean inDocument(MemberSchema member) {
        return switch (member.location()) {
            case BODY, QUERY, QUERY_PARAMS, LABEL, GREEDY_LABEL -> true;
            case PAYLOAD, HEADER, PREFIX_HEADERS, STATUS_CODE -> false;
        };
    }

    private void writeValue(XmlWriter writer, String name, MemberSchema member, Object value) {
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

    private void writeList(XmlWriter writer, String name, MemberSchema member, List<?> list) {
        MemberSchema element = member.target().listMember();
        // Only structures are ever kept encoded; other items skip the lookup.
        ShapeType itemType = element.target().type();
        boolean structures = itemType == ShapeType.STRUCTURE || itemType == ShapeType.UNION;
        if (member.flattened()) {
            for (Object item : list) {
                if (item != null) {
                    writeItem(writer, name, element, item, structures ? member : null);
                }
            }
            return;
        }
        writer.start(name);
        declare(writer, member.xmlNamespace());
        String elementName = element.responseName();
        for (Object item : list) {
            if (item != null) {
                writeItem(writer, elementName, element, item, structures ? element : null);
            }
        }
        writer.end();
    }

    /**
     * A list item, from its kept encoding when the item is a {@link ReusableValues reusable value} already
     * written in this context (the member that names its element; null for items that are never kept).
     */
    private void writeItem(XmlWriter writer, String name, MemberSchema element, Object item, MemberSchema context) {
        ReusableValues.Encoding encoding = context == null ? null : ReusableValues.encoding(item);
        if (encoding == null) {
            writeValue(writer, name, element, item);
            return;
        }
        byte[] kept = encoding.bytes(this, context);
        if (kept != null) {
            writer.raw(kept);
            return;
        }
        long mark = writer.mark();
        writeValue(writer, name, element, item);
        encoding.remember(this, context, writer.since(mark));
    }

    private void writeMap(XmlWriter writer, String name, MemberSchema member, Map<?, ?> map) {
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
            if (member.flattened()) {
                declare(writer, member.xmlNamespace());
            }
            writeValue(writer, key.responseName(), key, entry.getKey());
            writeValue(writer, value.responseName(), value, entry.getValue());
            writer.end();
        }
        if (!member.flattened()) {
            writer.end();
        }
    }

    private String scalarText(MemberSchema member, Object value) {
        TimestampFormat format = member.timestampFormat() != null
                ? member.timestampFormat() : TimestampFormat.DATE_TIME;
        if (alwaysMillis && format == TimestampFormat.DATE_TIME && value instanceof Instant instant) {
            return TimestampText.formatWithMillis(instant);
        }
        return ScalarText.format(member.target().type(), value, format);
    }

    /** A prefixed namespace is declared on the element but, as in the Smithy protocol tests, not applied to it. */
    private static void declare(XmlWriter writer, XmlNamespace namespace) {
        if (namespace != null) {
            writer.attribute(namespace.prefix() == null ? "xmlns" : "xmlns:" + namespace.prefix(), namespace.uri());
        }
    }
}
