package io.cloudgate.protocol.query;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import io.cloudgate.protocol.xml.XmlErrors;
import io.cloudgate.protocol.xml.XmlResponses;
import io.cloudgate.protocol.xml.XmlShapeWriter;
import io.cloudgate.protocol.xml.XmlWriter;
import java.util.Optional;

/**
 * ec2Query: Action/Version form requests with lists always as {@code Name.1}; responses
 * {@code <OpResponse xmlns><requestId>..</requestId>members</OpResponse>}; errors
 * {@code <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>}.
 */
public final class Ec2QueryProtocol implements Protocol {
    private static final String CONTENT_TYPE = "text/xml;charset=UTF-8";
    private final QueryShapeReader reader = new QueryShapeReader(true);

    @Override
    public String id() {
        return "ec2Query";
    }

    @Override
    public Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        return QueryForms.address(request, service);
    }

    @Override
    public Object decodeInput(WireRequest request, ServiceSchema service, OperationSchema operation) {
        return reader.read(QueryForms.parameters(request), operation.input());
    }

    @Override
    public WireResponse encodeOutput(ServiceSchema service, OperationSchema operation, Object output,
                                     String requestId) {
        XmlWriter writer = new XmlWriter();
        writer.start(operation.name() + "Response").attribute("xmlns", service.xmlNamespace());
        writer.element("requestId", requestId);
        if (output != null && operation.output() != null) {
            XmlShapeWriter.ALWAYS_MILLIS.writeMembers(writer, operation.output(), output);
        }
        writer.end();
        return XmlResponses.of(200, CONTENT_TYPE, writer, requestId);
    }

    @Override
    public WireResponse encodeError(ServiceSchema service, ErrorValue error, String requestId) {
        XmlWriter writer = new XmlWriter().declaration();
        writer.start("Response").start("Errors");
        XmlErrors.writeError(writer, error, false);
        writer.end().element("RequestID", requestId).end();
        return XmlResponses.of(error.status(), CONTENT_TYPE, writer.toBytes(), requestId);
    }
}
