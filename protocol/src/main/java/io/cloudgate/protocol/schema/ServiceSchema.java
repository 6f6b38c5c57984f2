package io.cloudgate.protocol.schema;

import java.util.Map;

/**
 * Protocol-relevant facts about a service.
 *
 * @param signingName       SigV4 signing name ("sts", "monitoring", "elasticloadbalancing")
 * @param apiVersion        the Version parameter of query protocols ("2011-06-15")
 * @param xmlNamespace      namespace of XML responses ("https://sts.amazonaws.com/doc/2011-06-15/")
 * @param jsonTargetPrefix  the X-Amz-Target prefix ("GraniteServiceVersion20100801"); also the
 *                          service name in rpcv2Cbor paths
 * @param awsQueryCompatible JSON/CBOR errors carry x-amzn-query-error and the query error code
 * @param operations        by operation name
 */
public record ServiceSchema(String signingName, String apiVersion, String xmlNamespace, String jsonTargetPrefix,
                            boolean awsQueryCompatible, Map<String, OperationSchema> operations) {
    public OperationSchema operation(String name) {
        return operations.get(name);
    }
}
