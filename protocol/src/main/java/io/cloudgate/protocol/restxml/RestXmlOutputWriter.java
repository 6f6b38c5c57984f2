package io.cloudgate.protocol.restxml;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireResponse;
import io.cloudgate.protocol.xml.ScalarText;
import io.cloudgate.protocol.xml.XmlResponses;
import io.cloudgate.protocol.xml.XmlShapeWriter;
import io.cloudgate.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes a restXml output: status from the binding (or a status-code member), header-bound members as
 * headers (dates as HTTP dates), and either the payload member or an XML document whose root element is the
 * output shape's name in the service namespace.
 */
final class RestXmlOutputWriter {
    static final String XML_TYPE = "application/xml";

    private RestXmlOutputWriter() {
    }

    static WireResponse write(ServiceSchema service, OperationSchema operation, Object output, String requestId) {
        Schema schema = operation.output();
        int status = operation.http() != null ? operation.http().successCode() : 200;
        Headers headers = XmlResponses.headers(null, requestId);
        if (schema == null || output == null) {
            return new WireResponse(status, headers, new byte[0]);
        }
        writeHeaders(headers, schema, output);
        byte[] body = new byte[0];
        String contentType = XML_TYPE;
        for (MemberSchema member : schema.members()) {
            Object value = schema.memberValue(output, member);
            if (value == null) {
                continue;
            }
            if (member.location() == Location.STATUS_CODE) {
                status = ((Number) value).intValue();
            } else if (member.location() == Location.PAYLOAD) {
                body = payload(member, value, service);
                contentType = member.target().mediaType() != null ? member.target().mediaType()
                        : payloadType(member.target().type());
            }
        }
        if (XmlShapeWriter.hasBodyMembers(schema)) {
            XmlWriter writer = new XmlWriter();
            writer.start(schema.shapeName());
            declareRootNamespace(writer, schema.xmlNamespace(), service);
            XmlShapeWriter.STANDARD.writeMembers(writer, schema, output);
            writer.end();
            body = writer.toBytes();
        }
        headers.set("Content-Type", contentType);
        return new WireResponse(status, headers, body);
    }

    /** Header and prefix-header members of an output or a modelled error. */
    static void writeHeaders(Headers headers, Schema schema, Object value) {
        for (MemberSchema member : schema.members()) {
            if (member.location() != Location.HEADER && member.location() != Location.PREFIX_HEADERS) {
                continue;
            }
            Object memberValue = schema.memberValue(value, member);
            if (memberValue == null) {
                continue;
            }
            if (member.location() == Location.HEADER) {
                headers.set(member.locationName(), headerText(member, memberValue));
            } else {
                ((Map<?, ?>) memberValue).forEach((key, item) ->
                        headers.set(member.locationName() + key, String.valueOf(item)));
            }
        }
    }

    private static byte[] payload(MemberSchema member, Object value, ServiceSchema service) {
        Schema target = member.target();
        return switch (target.type()) {
            case BLOB -> (byte[]) value;
            case STRING -> ((String) value).getBytes(StandardCharsets.UTF_8);
            case STRUCTURE, UNION -> {
                XmlWriter writer = new XmlWriter();
                writer.start(payloadElementName(member));
                declareRootNamespace(writer, target.xmlNamespace(), service);
                XmlShapeWriter.STANDARD.writeMembers(writer, target, value);
                writer.end();
                yield writer.toBytes();
            }
            default -> ScalarText.format(target.type(), value, TimestampFormat.DATE_TIME)
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A payload member's own XML name wins over its target's name (Smithy HttpPayloadWithMemberXmlName). */
    static String payloadElementName(MemberSchema member) {
        return member.responseName().equals(member.name()) ? member.target().shapeName() : member.responseName();
    }

    private static String payloadType(ShapeType type) {
        return switch (type) {
            case BLOB -> "application/octet-stream";
            case STRUCTURE, UNION -> XML_TYPE;
            default -> "text/plain";
        };
    }

    private static String headerText(MemberSchema member, Object value) {
        Schema target = member.target();
        if (target.type() != ShapeType.LIST) {
            return ScalarText.format(target.type(), value, formatOf(member, TimestampFormat.HTTP_DATE));
        }
        MemberSchema element = target.listMember();
        TimestampFormat format = element.timestampFormat() != null ? element.timestampFormat()
                : formatOf(member, TimestampFormat.HTTP_DATE);
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(ScalarText.format(element.target().type(), item, format));
        }
        return format == TimestampFormat.HTTP_DATE && element.target().type() == ShapeType.TIMESTAMP
                ? String.join(", ", items) : HeaderLists.join(items);
    }

    private static TimestampFormat formatOf(MemberSchema member, TimestampFormat fallback) {
        return member.timestampFormat() != null ? member.timestampFormat() : fallback;
    }

    private static void declareRootNamespace(XmlWriter writer, XmlNamespace shapeNamespace, ServiceSchema service) {
        if (shapeNamespace == null) {
            writer.attribute("xmlns", service.xmlNamespace());
        } else {
            writer.attribute(shapeNamespace.prefix() == null ? "xmlns" : "xmlns:" + shapeNamespace.prefix(),
                    shapeNamespace.uri());
        }
    }
}
