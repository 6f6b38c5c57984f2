package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyAttributeDoc;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateAppCookieStickinessPolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateAppCookieStickinessPolicyResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLbCookieStickinessPolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLbCookieStickinessPolicyResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerPolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.CreateLoadBalancerPolicyResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerPolicyRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DeleteLoadBalancerPolicyResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerPoliciesRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerPolicyTypesRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancerPolicyTypesResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyAttribute;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyAttributeDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyDescription;

/** Creating, deleting and describing policies and policy types. */
final class PolicyOperations {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]{1,255}");
    private static final int MAX_POLICIES = 50;

    private final ClassicContext context;

    private PolicyOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        PolicyOperations ops = new PolicyOperations(context);
        return List.of(
                BoundOperation.of(operation("CreateLoadBalancerPolicy", CreateLoadBalancerPolicyRequest::builder,
                        CreateLoadBalancerPolicyResponse::builder), ops::create),
                BoundOperation.of(operation("CreateLBCookieStickinessPolicy",
                        CreateLbCookieStickinessPolicyRequest::builder,
                        CreateLbCookieStickinessPolicyResponse::builder), ops::createLbCookie),
                BoundOperation.of(operation("CreateAppCookieStickinessPolicy",
                        CreateAppCookieStickinessPolicyRequest::builder,
                        CreateAppCookieStickinessPolicyResponse::builder), ops::createAppCookie),
                BoundOperation.of(operation("DeleteLoadBalancerPolicy", DeleteLoadBalancerPolicyRequest::builder,
                        DeleteLoadBalancerPolicyResponse::builder), ops::delete),
                BoundOperation.of(operation("DescribeLoadBalancerPolicies",
                        DescribeLoadBalancerPoliciesRequest::builder,
                        DescribeLoadBalancerPoliciesResponse::builder), ops::describe),
                BoundOperation.of(operation("DescribeLoadBalancerPolicyTypes",
                        DescribeLoadBalancerPolicyTypesRequest::builder,
                        DescribeLoadBalancerPolicyTypesResponse::builder), ops::describeTypes));
    }

    private CreateLoadBalancerPolicyResponse create(CreateLoadBalancerPolicyRequest request, RequestContext ctx) {
        var type = PolicyTypes.find(request.policyTypeName())
                .orElseThrow(() -> ClassicErrors.policyTypeNotFound(request.policyTypeName()));
        List<PolicyAttributeDoc> attributes = new ArrayList<>();
        for (PolicyAttribute attribute : request.policyAttributes()) {
            if (type.attributes().stream().noneMatch(a -> a.name().equals(attribute.attributeName()))) {
                throw ClassicErrors.invalidConfiguration("Attribute " + attribute.attributeName()
                        + " is not valid for policy type " + type.name());
            }
            attributes.add(new PolicyAttributeDoc(attribute.attributeName(), attribute.attributeValue()));
        }
        for (PolicyTypes.AttributeType required : type.attributes()) {
            if (required.required() && attributes.stream().noneMatch(a -> a.name().equals(required.name()))) {
                throw ClassicErrors.invalidConfiguration("Policy type " + type.name() + " requires attribute "
                        + required.name());
            }
        }
        add(ctx, request.loadBalancerName(), new PolicyDoc(name(request.policyName()), type.name(), attributes));
        return CreateLoadBalancerPolicyResponse.builder().build();
    }

    private CreateLbCookieStickinessPolicyResponse createLbCookie(CreateLbCookieStickinessPolicyRequest request,
                                                                  RequestContext ctx) {
        Long period = request.cookieExpirationPeriod();
        if (period != null && period < 0) {
            throw ClassicErrors.validation("CookieExpirationPeriod must not be negative: " + period);
        }
        add(ctx, request.loadBalancerName(), new PolicyDoc(name(request.policyName()),
                ClassicTranslation.LB_COOKIE_TYPE, period == null ? List.of()
                : List.of(new PolicyAttributeDoc("CookieExpirationPeriod", String.valueOf(period)))));
        return CreateLbCookieStickinessPolicyResponse.builder().build();
    }

    private CreateAppCookieStickinessPolicyResponse createAppCookie(CreateAppCookieStickinessPolicyRequest request,
                                                                    RequestContext ctx) {
        if (request.cookieName() == null || request.cookieName().isBlank()) {
            throw ClassicErrors.validation("CookieName is required");
        }
        add(ctx, request.loadBalancerName(), new PolicyDoc(name(request.policyName()),
                ClassicTranslation.APP_COOKIE_TYPE, List.of(new PolicyAttributeDoc("CookieName",
                request.cookieName()))));
        return CreateAppCookieStickinessPolicyResponse.builder().build();
    }

    /** A policy still set on a listener or backend cannot go; one that does not exist is no error. */
    private DeleteLoadBalancerPolicyResponse delete(DeleteLoadBalancerPolicyRequest request, RequestContext ctx) {
        String policyName = request.policyName();
        context.change(ctx.principal().accountId(), request.loadBalancerName(), balancer -> {
            boolean inUse = balancer.listeners().stream().anyMatch(l -> l.policyNames().contains(policyName))
                    || balancer.backendPolicies().values().stream().anyMatch(names -> names.contains(policyName));
            if (inUse) {
                throw ClassicErrors.invalidConfiguration("Cannot delete policy " + policyName
                        + " because it is in use by a listener or back-end server");
            }
            return balancer.withPolicies(balancer.policies().stream().filter(p -> !p.name().equals(policyName))
                    .toList());
        });
        return DeleteLoadBalancerPolicyResponse.builder().build();
    }

    /** The balancer's policies, or AWS's predefined ones when no balancer is named. */
    private DescribeLoadBalancerPoliciesResponse describe(DescribeLoadBalancerPoliciesRequest request,
                                                          RequestContext ctx) {
        String balancerName = request.loadBalancerName();
        List<PolicyDoc> available = balancerName == null ? PolicyTypes.PREDEFINED
                : context.store().require(ctx.principal().accountId(), balancerName).policies();
        List<PolicyDoc> chosen = available;
        if (!request.policyNames().isEmpty()) {
            chosen = new ArrayList<>();
            for (String name : new LinkedHashSet<>(request.policyNames())) {
                chosen.add(available.stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElseThrow(() -> ClassicErrors.policyNotFound(name, balancerName)));
            }
        }
        return DescribeLoadBalancerPoliciesResponse.builder()
                .policyDescriptions(chosen.stream().map(PolicyOperations::toSdk).toList()).build();
    }

    private DescribeLoadBalancerPolicyTypesResponse describeTypes(DescribeLoadBalancerPolicyTypesRequest request,
                                                                  RequestContext ctx) {
        List<PolicyTypes.PolicyType> types = PolicyTypes.STANDARD;
        if (!request.policyTypeNames().isEmpty()) {
            types = new LinkedHashSet<>(request.policyTypeNames()).stream()
                    .map(name -> PolicyTypes.find(name).orElseThrow(() -> ClassicErrors.policyTypeNotFound(name)))
                    .toList();
        }
        return DescribeLoadBalancerPolicyTypesResponse.builder()
                .policyTypeDescriptions(types.stream().map(PolicyTypes.PolicyType::toSdk).toList()).build();
    }

    private void add(RequestContext ctx, String balancerName, PolicyDoc policy) {
        context.change(ctx.principal().accountId(), balancerName, balancer -> {
            if (balancer.policy(policy.name()) != null) {
                throw ClassicErrors.duplicatePolicy(policy.name());
            }
            if (balancer.policies().size() >= MAX_POLICIES) {
                throw AwsException.badRequest("TooManyPolicies",
                        "The quota for the number of policies for this load balancer has been reached");
            }
            List<PolicyDoc> policies = new ArrayList<>(balancer.policies());
            policies.add(policy);
            return balancer.withPolicies(policies);
        });
    }

    private static String name(String policyName) {
        if (policyName == null || !NAME.matcher(policyName).matches()) {
            throw ClassicErrors.validation("PolicyName must be 1 to 255 alphanumeric characters or hyphens: "
                    + policyName);
        }
        return policyName;
    }

    private static PolicyDescription toSdk(PolicyDoc policy) {
        return PolicyDescription.builder().policyName(policy.name()).policyTypeName(policy.typeName())
                .policyAttributeDescriptions(policy.attributes().stream()
                        .map(a -> PolicyAttributeDescription.builder().attributeName(a.name())
                                .attributeValue(a.value()).build())
                        .toList())
                .build();
    }
}
