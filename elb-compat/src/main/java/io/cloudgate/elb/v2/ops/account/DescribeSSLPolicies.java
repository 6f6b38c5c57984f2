package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.AwsException;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Cipher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicy;

/** The predefined SSL policies HTTPS listeners may name (recorded only: TLS is not terminated here). */
public final class DescribeSSLPolicies implements Operation<DescribeSslPoliciesRequest, DescribeSslPoliciesResponse> {
    private static final List<SslPolicy> POLICIES = List.of(
            policy("ELBSecurityPolicy-2016-08", List.of("TLSv1", "TLSv1.1", "TLSv1.2")),
            policy("ELBSecurityPolicy-TLS13-1-2-2021-06", List.of("TLSv1.2", "TLSv1.3")),
            policy("ELBSecurityPolicy-TLS-1-2-2017-01", List.of("TLSv1.2")),
            policy("ELBSecurityPolicy-FS-1-2-Res-2020-10", List.of("TLSv1.2")));

    @Override
    public DescribeSslPoliciesResponse handle(DescribeSslPoliciesRequest request, RequestContext requestContext) {
        if (!request.hasNames() || request.names().isEmpty()) {
            return DescribeSslPoliciesResponse.builder().sslPolicies(POLICIES).build();
        }
        List<SslPolicy> found = request.names().stream().map(name -> POLICIES.stream()
                .filter(policy -> policy.name().equals(name)).findFirst()
                .orElseThrow(() -> AwsException.badRequest("SSLPolicyNotFound",
                        "One or more SSL policies not found"))).toList();
        return DescribeSslPoliciesResponse.builder().sslPolicies(found).build();
    }

    private static SslPolicy policy(String name, List<String> protocols) {
        return SslPolicy.builder().name(name).sslProtocols(protocols).supportedLoadBalancerTypes("application",
                "network").ciphers(Cipher.builder().name("ECDHE-RSA-AES128-GCM-SHA256").priority(1).build()).build();
    }
}
