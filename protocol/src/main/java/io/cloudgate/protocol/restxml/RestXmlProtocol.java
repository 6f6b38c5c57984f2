package io.cloudgate.protocol.restxml;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import io.cloudgate.protocol.xml.XmlErrors;
import io.cloudgate.protocol.xml.XmlResponses;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * restXml (Route 53): the operation is the one whose HTTP method and URI pattern match; input members come from
 * labels, headers, query and an XML body; errors use the ErrorResponse envelope.
 */
public final class RestXmlProtocol implements Protocol {
    @Override
    public String id() {
        return "restXml";
    }

    /**
     * The best-matching operation (most literal segments wins). Empty when no operation of the service matches
     * the method and path: REST requests carry no operation name to report.
     */
    @Override
    public Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        List<String> segments = UriPattern.split(request.rawPath());
        Map<String, List<String>> query = request.queryParameters();
        OperationSchema best = null;
        int bestScore = -1;
        for (OperationSchema operation : service.operations().values()) {
            if (operation.http() == null || !operation.http().method().equalsIgnoreCase(request.method())) {
                continue;
            }
            UriPattern pattern = UriPattern.of(operation.http().uriPattern());
            if (pattern.specificity() > bestScore && pattern.match(segments, query) != null) {
                best = operation;
                bestScore = pattern.specificity();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Addressed(best.name(), best));
    }

    @Override
    public Object decodeInput(WireRequest request, ServiceSchema service, OperationSchema operation) {
        Map<String, String> labels = Map.of();
        if (operation.http() != null) {
            labels = UriPattern.of(operation.http().uriPattern())
                    .match(UriPattern.split(request.rawPath()), request.queryParameters());
            if (labels == null) {
                throw new MalformedRequestException("Path " + request.rawPath() + " does not match operation "
                        + operation.name());
            }
        }
        return RestXmlInputReader.read(request, operation.input(), labels);
    }

    @Override
    public WireResponse encodeOutput(ServiceSchema service, OperationSchema operation, Object output,
                                     String requestId) {
        return RestXmlOutputWriter.write(service, operation, output, requestId);
    }

    @Override
    public WireResponse encodeError(ServiceSchema service, ErrorValue error, String requestId) {
        WireResponse response = XmlResponses.of(error.status(), RestXmlOutputWriter.XML_TYPE,
                XmlErrors.errorResponse(error, service.xmlNamespace(), requestId), requestId);
        if (error.schema() != null && error.value() != null) {
            RestXmlOutputWriter.writeHeaders(response.headers(), error.schema(), error.value());
        }
        return response;
    }
}
