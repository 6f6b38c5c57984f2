package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerPoliciesForBackendServerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerPoliciesForBackendServerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerPoliciesOfListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.SetLoadBalancerPoliciesOfListenerResponse;

/** Which policies a listener or a back-end port uses; each call replaces the whole set (empty clears it). */
final class PolicyAssignments {
    private static final Set<String> STICKINESS = Set.of(ClassicTranslation.LB_COOKIE_TYPE,
            ClassicTranslation.APP_COOKIE_TYPE);
    private static final Set<String> BACKEND_TYPES = Set.of(PolicyTypes.BACKEND_AUTHENTICATION,
            PolicyTypes.PROXY_PROTOCOL);

    private final ClassicContext context;

    private PolicyAssignments(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        PolicyAssignments ops = new PolicyAssignments(context);
        return List.of(
                BoundOperation.of(operation("SetLoadBalancerPoliciesOfListener",
                        SetLoadBalancerPoliciesOfListenerRequest::builder,
                        SetLoadBalancerPoliciesOfListenerResponse::builder), ops::ofListener),
                BoundOperation.of(operation("SetLoadBalancerPoliciesForBackendServer",
                        SetLoadBalancerPoliciesForBackendServerRequest::builder,
                        SetLoadBalancerPoliciesForBackendServerResponse::builder), ops::forBackend));
    }

    private SetLoadBalancerPoliciesOfListenerResponse ofListener(SetLoadBalancerPoliciesOfListenerRequest request,
                                                                 RequestContext ctx) {
        Integer port = request.loadBalancerPort();
        List<String> names = List.copyOf(new LinkedHashSet<>(request.policyNames()));
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> {
            ClassicListener listener = balancer.listeners().stream().filter(l -> port != null && l.port() == port)
                    .findFirst().orElseThrow(() -> ClassicErrors.listenerNotFound(balancer.name(), port));
            int stickiness = 0;
            for (String name : names) {
                PolicyDoc policy = existing(balancer, name);
                if (STICKINESS.contains(policy.typeName())) {
                    stickiness++;
                    if (!listener.http()) {
                        throw ClassicErrors.invalidConfiguration(policy.typeName()
                                + " policies may only be applied to HTTP/HTTPS listeners");
                    }
                } else if (policy.typeName().equals(PolicyTypes.SSL_NEGOTIATION) && listener.certificateId() == null) {
                    throw ClassicErrors.invalidConfiguration(
                            "SSLNegotiationPolicyType policies may only be applied to HTTPS/SSL listeners");
                } else if (!policy.typeName().equals(PolicyTypes.SSL_NEGOTIATION)) {
                    throw ClassicErrors.invalidConfiguration(policy.typeName()
                            + " policies cannot be applied to a listener");
                }
            }
            if (stickiness > 1) {
                throw ClassicErrors.invalidConfiguration("A listener can have only one stickiness policy");
            }
            return balancer.withListeners(balancer.listeners().stream()
                    .map(l -> l == listener ? l.withPolicies(names) : l).toList());
        });
        return SetLoadBalancerPoliciesOfListenerResponse.builder().build();
    }

    private SetLoadBalancerPoliciesForBackendServerResponse forBackend(
            SetLoadBalancerPoliciesForBackendServerRequest request, RequestContext ctx) {
        Integer port = request.instancePort();
        if (port == null || port < 1 || port > 65535) {
            throw ClassicErrors.validation("InstancePort must be within 1-65535: " + port);
        }
        List<String> names = List.copyOf(new LinkedHashSet<>(request.policyNames()));
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> {
            for (String name : names) {
                PolicyDoc policy = existing(balancer, name);
                if (!BACKEND_TYPES.contains(policy.typeName())) {
                    throw ClassicErrors.invalidConfiguration(policy.typeName()
                            + " policies cannot be applied to a back-end server");
                }
            }
            Map<String, List<String>> byPort = new LinkedHashMap<>(balancer.backendPolicies());
            if (names.isEmpty()) {
                byPort.remove(String.valueOf(port));
            } else {
                byPort.put(String.valueOf(port), names);
            }
            return balancer.withBackendPolicies(byPort);
        });
        return SetLoadBalancerPoliciesForBackendServerResponse.builder().build();
    }

    private static PolicyDoc existing(ClassicBalancer balancer, String name) {
        PolicyDoc policy = balancer.policy(name);
        if (policy == null) {
            throw ClassicErrors.policyNotFound(name, balancer.name());
        }
        return policy;
    }
}
