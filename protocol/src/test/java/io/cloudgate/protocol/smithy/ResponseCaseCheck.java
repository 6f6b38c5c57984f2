package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.WireResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestCase;

/**
 * Runs an httpResponseTests case as a server: encodes the case's params as the operation's output (or as the
 * modelled error) and compares status, headers and body with the case.
 */
final class ResponseCaseCheck {
    /** What ec2Query success bodies expect in requestId, and every error body in its request id element. */
    private static final String SUCCESS_REQUEST_ID = "requestid";
    private static final String ERROR_REQUEST_ID = "foo-id";

    private ResponseCaseCheck() {
    }

    /** Null when the case passes, else why it fails. */
    static String failure(ProtocolTestCase testCase, Protocol protocol, SmithySchemas schemas) {
        HttpResponseTestCase response = (HttpResponseTestCase) testCase.testCase();
        ServiceSchema service = schemas.serviceSchema();
        WireResponse wire;
        if (testCase.subject().isOperationShape()) {
            OperationShape operationShape = testCase.subject().asOperationShape().orElseThrow();
            OperationSchema operation = service.operation(operationShape.getId().getName());
            Object output = operation.output() == null ? null : NodeValues.toValue(response.getParams(), operation.output());
            wire = protocol.encodeOutput(service, operation, output, requestId(response, SUCCESS_REQUEST_ID));
        } else {
            var error = SmithyErrors.errorValue(schemas, testCase.subject().asStructureShape().orElseThrow(),
                    response.getParams(), testCase.protocolId());
            wire = protocol.encodeError(service, error, requestId(response, ERROR_REQUEST_ID));
        }
        List<String> problems = new ArrayList<>();
        if (wire.status() != response.getCode()) {
            problems.add("status " + wire.status() + " instead of " + response.getCode());
        }
        for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
            // Content-Length is written by the HTTP server from the body, not by the protocol.
            String actual = header.getKey().equalsIgnoreCase("Content-Length")
                    ? String.valueOf(wire.body().length)
                    : headerValue(wire, header.getKey());
            if (!header.getValue().equals(actual)) {
                problems.add("header " + header.getKey() + ": <" + actual + "> instead of <" + header.getValue() + ">");
            }
        }
        for (String forbidden : response.getForbidHeaders()) {
            if (wire.headers().contains(forbidden)) {
                problems.add("forbidden header " + forbidden + " is present");
            }
        }
        for (String required : response.getRequireHeaders()) {
            // Content-Length is written by the HTTP server from the body, not by the protocol.
            if (!required.equalsIgnoreCase("Content-Length") && !wire.headers().contains(required)) {
                problems.add("required header " + required + " is missing");
            }
        }
        response.getBody().ifPresent(body -> {
            String difference = BodyComparison.difference(response.getBodyMediaType().orElse(null), body, wire.body());
            if (difference != null) {
                problems.add(difference);
            }
        });
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** The request id is the server's to choose; a case asserting the request id header names the one to use. */
    private static String requestId(HttpResponseTestCase response, String otherwise) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("x-amzn-RequestId"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(otherwise);
    }

    private static String headerValue(WireResponse wire, String name) {
        List<String> values = wire.headers().all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
