package io.cloudgate.protocol.smithy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.protocoltests.traits.AppliesTo;
import software.amazon.smithy.protocoltests.traits.HttpMessageTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestsTrait;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestsTrait;

/**
 * Finds the server-side request and response cases of the protocols we implement in the loaded Smithy models:
 * appliesTo absent or "server", and neither the case nor its operation or error shape tagged "client-only".
 */
final class ProtocolTestCatalog {
    /** Protocol trait id to our protocol id. */
    static final Map<ShapeId, String> PROTOCOLS = Map.of(
            ShapeId.from("aws.protocols#ec2Query"), "ec2Query",
            ShapeId.from("aws.protocols#awsQuery"), "awsQuery",
            ShapeId.from("aws.protocols#restXml"), "restXml",
            ShapeId.from("aws.protocols#awsJson1_0"), "awsJson1_0",
            ShapeId.from("aws.protocols#awsJson1_1"), "awsJson1_1",
            ShapeId.from("smithy.protocols#rpcv2Cbor"), "rpcv2Cbor");

    /** The suites tag shapes and cases that only clients must honour (e.g. lenient timestamp parsing). */
    private static final String CLIENT_ONLY = "client-only";

    private ProtocolTestCatalog() {
    }

    static Model loadModel() {
        return Model.assembler().discoverModels(ProtocolTestCatalog.class.getClassLoader()).assemble().unwrap();
    }

    static List<ProtocolTestCase> serverCases(Model model) {
        List<ProtocolTestCase> cases = new ArrayList<>();
        for (ServiceShape service : model.getServiceShapes()) {
            for (Map.Entry<ShapeId, String> protocol : PROTOCOLS.entrySet()) {
                if (service.findTrait(protocol.getKey()).isPresent()) {
                    addCases(model, service, protocol.getKey(), protocol.getValue(), cases);
                }
            }
        }
        return cases;
    }

    private static void addCases(Model model, ServiceShape service, ShapeId trait, String protocolId,
                                 List<ProtocolTestCase> cases) {
        Set<ShapeId> errors = new LinkedHashSet<>();
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            operation.getTrait(HttpRequestTestsTrait.class).ifPresent(t -> t.getTestCases().forEach(c ->
                    add(cases, protocolId, ProtocolTestCase.Kind.REQUEST, service, operation, trait, c)));
            operation.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> t.getTestCases().forEach(c ->
                    add(cases, protocolId, ProtocolTestCase.Kind.RESPONSE, service, operation, trait, c)));
            errors.addAll(operation.getErrors(service));
        }
        for (ShapeId errorId : errors) {
            Shape error = model.expectShape(errorId);
            error.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> t.getTestCases().forEach(c ->
                    add(cases, protocolId, ProtocolTestCase.Kind.RESPONSE, service, error, trait, c)));
        }
    }

    private static void add(List<ProtocolTestCase> cases, String protocolId, ProtocolTestCase.Kind kind,
                            ServiceShape service, Shape subject, ShapeId trait, HttpMessageTestCase testCase) {
        boolean forServers = testCase.getAppliesTo().map(a -> a == AppliesTo.SERVER).orElse(true)
                && !subject.hasTag(CLIENT_ONLY) && !testCase.hasTag(CLIENT_ONLY);
        if (forServers && testCase.getProtocol().equals(trait)) {
            cases.add(new ProtocolTestCase(protocolId, kind, service, subject, testCase));
        }
    }
}
