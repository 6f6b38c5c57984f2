package io.cloudgate.api;

import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service the gateway serves: its schema, the protocols clients reach it through (the first is
 * used for errors when a request's own protocol cannot be told), its operations, and the names of
 * every operation AWS has for it, so that those not implemented here are named as unsupported
 * rather than invalid.
 */
public record AwsService(ServiceSchema schema, List<String> protocols, Map<String, BoundOperation> operations,
                         Set<String> awsOperationNames, ServiceErrors errors) {

    /**
     * Builds the service schema from the operations.
     *
     * @param signingName      SigV4 signing name
     * @param apiVersion       Version of query protocols
     * @param xmlNamespace     namespace of XML responses
     * @param jsonTargetPrefix X-Amz-Target prefix and rpcv2Cbor service name, or null
     * @param queryCompatible  JSON/CBOR errors carry the query error code
     */
    public static AwsService of(String signingName, String apiVersion, String xmlNamespace, String jsonTargetPrefix,
                                boolean queryCompatible, List<String> protocols, List<BoundOperation> operations,
                                Set<String> awsOperationNames, ServiceErrors errors) {
        Map<String, OperationSchema> schemas = new LinkedHashMap<>();
        Map<String, BoundOperation> byName = new LinkedHashMap<>();
        for (BoundOperation operation : operations) {
            schemas.put(operation.name(), operation.schema());
            byName.put(operation.name(), operation);
        }
        ServiceSchema schema = new ServiceSchema(signingName, apiVersion, xmlNamespace, jsonTargetPrefix,
                queryCompatible, Map.copyOf(schemas));
        return new AwsService(schema, List.copyOf(protocols), Map.copyOf(byName), Set.copyOf(awsOperationNames),
                errors);
    }

    public String signingName() {
        return schema.signingName();
    }
}
