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
 * awsQuery (STS, IAM, ELB, Auto Scaling, RDS, CloudWatch): Action/Version form requests; responses
 * {@code <OpResponse xmlns><OpResult>..</OpResult><ResponseMetadata><RequestId>}.
 */
public final class AwsQueryProtocol implements Protocol {
    /** What the Smithy awsQuery tests expect; ec2Query's say "text/xml;charset=UTF-8", as EC2 sends. */
    private static final String CONTENT_TYPE = "text/xml";

    private final QueryShapeReader reader = new QueryShapeReader(false);

    @Override
    public String id() {
        return "awsQuery";
    }

    @Override
    public Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        return QueryForms.address(request, service);
    }

    @Override
    public Object decodeInput(WireRequest request, ServiceSchema service, OperationSchema operation) {
        return reader.read(QueryForms.parameters(request), operation.input());
    }

    /** The Result element is left out when the output has no members, as AWS services do. */
    @Override
    public WireResponse encodeOutput(ServiceSchema service, OperationSchema operation, Object output,
                                     String requestId) {
        XmlWriter writer = new XmlWriter();
        writer.start(operation.name() + "Response").attribute("xmlns", service.xmlNamespace());
        if (output != null && operation.output() != null) {
            writer.start(operation.name() + "Result");
            XmlShapeWriter.STANDARD.writeMembers(writer, operation.output(), output);
            writer.end();
        }
        writer.start("ResponseMetadata").element("RequestId", requestId).end();
        writer.end();
        return XmlResponses.of(200, CONTENT_TYPE, writer, requestId);
    }

    @Override
    public WireResponse encodeError(ServiceSchema service, ErrorValue error, String requestId) {
        return XmlResponses.of(error.status(), CONTENT_TYPE,
                XmlErrors.errorResponse(error, service.xmlNamespace(), requestId), requestId);
    }
}
