package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.schema.MemberSchema;
import java.util.Map;
import java.util.Optional;
import software.amazon.smithy.aws.traits.protocols.AwsQueryErrorTrait;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.ErrorTrait;
import software.amazon.smithy.model.traits.HttpErrorTrait;

/** Builds the {@link ErrorValue} an operation would raise for a modelled Smithy error shape. */
final class SmithyErrors {
    private SmithyErrors() {
    }

    static ErrorValue errorValue(SmithySchemas schemas, StructureShape error, ObjectNode params, String protocolId) {
        SmithySchema schema = schemas.schema(error.getId());
        Object value = NodeValues.toValue(params, schema);
        boolean client = error.expectTrait(ErrorTrait.class).isClientError();
        Optional<AwsQueryErrorTrait> queryError = protocolId.equals("awsQuery")
                ? error.getTrait(AwsQueryErrorTrait.class)
                : Optional.empty();
        int status = error.getTrait(HttpErrorTrait.class).map(HttpErrorTrait::getCode)
                .or(() -> queryError.map(AwsQueryErrorTrait::getHttpResponseCode))
                .orElse(client ? 400 : 500);
        return new ErrorValue(status, code(error, queryError, protocolId), message(schema, value), client, schema, value);
    }

    /**
     * What the suites expect in __type or Code: the absolute shape id for awsJson1_0 and rpcv2Cbor, the shape name
     * for awsJson1_1 (clients accept both), the awsQueryError code or the shape name for the XML protocols.
     */
    private static String code(StructureShape error, Optional<AwsQueryErrorTrait> queryError, String protocolId) {
        return switch (protocolId) {
            case "awsJson1_0", "rpcv2Cbor" -> error.getId().toString();
            default -> queryError.map(AwsQueryErrorTrait::getCode).orElse(error.getId().getName());
        };
    }

    private static String message(SmithySchema schema, Object value) {
        for (MemberSchema member : schema.members()) {
            if (member.name().equalsIgnoreCase("message")) {
                Object message = ((Map<?, ?>) value).get(member.name());
                return message instanceof String text ? text : null;
            }
        }
        return null;
    }
}
