package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;

/**
 * Runs an httpRequestTests case as a server: the protocol must address the case's operation and decode the
 * request into a value equal to the case's params.
 */
final class RequestCaseCheck {
    private RequestCaseCheck() {
    }

    /** Null when the case passes, else why it fails. */
    static String failure(ProtocolTestCase testCase, Protocol protocol, SmithySchemas schemas) {
        HttpRequestTestCase request = (HttpRequestTestCase) testCase.testCase();
        ServiceSchema service = schemas.serviceSchema();
        OperationShape operationShape = testCase.subject().asOperationShape().orElseThrow();
        String operationName = operationShape.getId().getName();
        WireRequest wire = wireRequest(request, testCase.protocolId(), service, operationName);

        Optional<Protocol.Addressed> addressed = protocol.address(wire, service);
        if (addressed.isEmpty()) {
            return "protocol does not recognise the request";
        }
        OperationSchema operation = addressed.get().operation();
        if (operation == null || !operation.name().equals(operationName)) {
            return "addressed " + addressed.get().operationName() + " instead of " + operationName;
        }
        Object decoded = protocol.decodeInput(wire, service, operation);
        Object expected = operation.input() == null ? null : NodeValues.toValue(request.getParams(), operation.input());
        Object want = CanonicalValues.of(expected == null ? Map.of() : expected);
        Object got = CanonicalValues.of(decoded == null ? Map.of() : decoded);
        return Objects.equals(want, got) ? null : "decoded input differs:\n  expected " + want + "\n  actual   " + got;
    }

    static WireRequest wireRequest(HttpRequestTestCase request, String protocolId, ServiceSchema service,
                                   String operationName) {
        Headers headers = new Headers();
        request.getHeaders().forEach(headers::add);
        // The cases list only the headers they assert on; a real awsJson client always names its target.
        if (protocolId.startsWith("awsJson") && !headers.contains("X-Amz-Target")) {
            headers.add("X-Amz-Target", service.jsonTargetPrefix() + "." + operationName);
        }
        String uri = request.getUri();
        String path = uri;
        StringBuilder query = new StringBuilder();
        int questionMark = uri.indexOf('?');
        if (questionMark >= 0) {
            path = uri.substring(0, questionMark);
            query.append(uri.substring(questionMark + 1));
        }
        for (String parameter : request.getQueryParams()) {
            query.append(query.isEmpty() ? "" : "&").append(parameter);
        }
        String body = request.getBody().orElse("");
        // rpcv2Cbor cases give every body in base64, with or without a bodyMediaType.
        boolean base64 = protocolId.equals("rpcv2Cbor") || "application/cbor".equals(request.getBodyMediaType().orElse(null));
        byte[] bytes = base64
                ? Base64.getMimeDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        return new WireRequest(request.getMethod(), path, query.toString(), headers, bytes);
    }
}
