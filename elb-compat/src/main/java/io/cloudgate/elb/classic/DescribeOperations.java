package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeAccountLimitsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeAccountLimitsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.Limit;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;

/** DescribeLoadBalancers (by name, or all with Marker/PageSize paging) and DescribeAccountLimits. */
final class DescribeOperations {
    private static final int MAX_PAGE = 400;

    private final ClassicContext context;

    private DescribeOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        DescribeOperations ops = new DescribeOperations(context);
        return List.of(
                BoundOperation.of(operation("DescribeLoadBalancers", DescribeLoadBalancersRequest::builder,
                        DescribeLoadBalancersResponse::builder), ops::describe),
                BoundOperation.of(operation("DescribeAccountLimits", DescribeAccountLimitsRequest::builder,
                        DescribeAccountLimitsResponse::builder), ops::limits));
    }

    private DescribeLoadBalancersResponse describe(DescribeLoadBalancersRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        int pageSize = Validation.range(request.pageSize(), "pageSize", 1, MAX_PAGE, MAX_PAGE);
        List<ClassicBalancer> balancers;
        if (request.loadBalancerNames().isEmpty()) {
            balancers = context.store().all(account);
        } else {
            balancers = new ArrayList<>();
            for (String name : new LinkedHashSet<>(request.loadBalancerNames())) {
                balancers.add(context.store().require(account, name));
            }
        }
        int start = request.marker() == null ? 0 : startOf(balancers, decode(request.marker()));
        List<ClassicBalancer> page = balancers.subList(start, Math.min(balancers.size(), start + pageSize));
        var response = DescribeLoadBalancersResponse.builder()
                .loadBalancerDescriptions(page.stream().map(b -> description(account, b)).toList());
        if (start + pageSize < balancers.size()) {
            response.nextMarker(encode(balancers.get(start + pageSize).name()));
        }
        return response.build();
    }

    private LoadBalancerDescription description(String account, ClassicBalancer balancer) {
        String group = balancer.securityGroups().isEmpty() ? null
                : context.placement().groupName(account, balancer.securityGroups().getFirst());
        return DescriptionView.describe(balancer, account, context.elb().balancerDns().canonicalHostedZoneId(false),
                group);
    }

    private DescribeAccountLimitsResponse limits(DescribeAccountLimitsRequest request, RequestContext ctx) {
        return DescribeAccountLimitsResponse.builder().limits(
                Limit.builder().name("classic-load-balancers").max("20").build(),
                Limit.builder().name("classic-listeners").max("100").build(),
                Limit.builder().name("classic-registered-instances").max("1000").build()).build();
    }

    /** The index of the first balancer named at or after the marker's name. */
    private static int startOf(List<ClassicBalancer> balancers, String name) {
        for (int i = 0; i < balancers.size(); i++) {
            if (balancers.get(i).name().compareTo(name) >= 0) {
                return i;
            }
        }
        return balancers.size();
    }

    private static String encode(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ClassicErrors.validation("Invalid Marker: " + marker);
        }
    }
}
