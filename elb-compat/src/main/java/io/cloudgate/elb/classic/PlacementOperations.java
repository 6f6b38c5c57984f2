package io.cloudgate.elb.classic;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancing.model.ApplySecurityGroupsToLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.ApplySecurityGroupsToLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.AttachLoadBalancerToSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.AttachLoadBalancerToSubnetsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DetachLoadBalancerFromSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DetachLoadBalancerFromSubnetsResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.DisableAvailabilityZonesForLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.DisableAvailabilityZonesForLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.EnableAvailabilityZonesForLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancing.model.EnableAvailabilityZonesForLoadBalancerResponse;

/**
 * Zones, subnets and security groups of a balancer. Zones and subnets move together (one subnet per zone), and
 * a balancer keeps at least one; instances outside its zones stop taking traffic.
 */
final class PlacementOperations {
    private final ClassicContext context;

    private PlacementOperations(ClassicContext context) {
        this.context = context;
    }

    static List<BoundOperation> all(ClassicContext context) {
        PlacementOperations ops = new PlacementOperations(context);
        return List.of(
                BoundOperation.of(operation("EnableAvailabilityZonesForLoadBalancer",
                        EnableAvailabilityZonesForLoadBalancerRequest::builder,
                        EnableAvailabilityZonesForLoadBalancerResponse::builder), ops::enableZones),
                BoundOperation.of(operation("DisableAvailabilityZonesForLoadBalancer",
                        DisableAvailabilityZonesForLoadBalancerRequest::builder,
                        DisableAvailabilityZonesForLoadBalancerResponse::builder), ops::disableZones),
                BoundOperation.of(operation("AttachLoadBalancerToSubnets", AttachLoadBalancerToSubnetsRequest::builder,
                        AttachLoadBalancerToSubnetsResponse::builder), ops::attachSubnets),
                BoundOperation.of(operation("DetachLoadBalancerFromSubnets",
                        DetachLoadBalancerFromSubnetsRequest::builder,
                        DetachLoadBalancerFromSubnetsResponse::builder), ops::detachSubnets),
                BoundOperation.of(operation("ApplySecurityGroupsToLoadBalancer",
                        ApplySecurityGroupsToLoadBalancerRequest::builder,
                        ApplySecurityGroupsToLoadBalancerResponse::builder), ops::applySecurityGroups));
    }

    private EnableAvailabilityZonesForLoadBalancerResponse enableZones(
            EnableAvailabilityZonesForLoadBalancerRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        nonEmpty(request.availabilityZones(), "AvailabilityZones");
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer -> {
            Placement.Resolved added = context.placement().resolve(account, request.availabilityZones(), null);
            if (!added.vpcId().equals(balancer.vpcId())) {
                throw ClassicErrors.invalidConfiguration("Availability Zones can be enabled only for load balancers "
                        + "in a default VPC; use AttachLoadBalancerToSubnets");
            }
            List<String> subnets = new ArrayList<>(balancer.subnets());
            for (int i = 0; i < added.zones().size(); i++) {
                if (!balancer.zones().contains(added.zones().get(i))) {
                    subnets.add(added.subnets().get(i));
                }
            }
            return placed(account, balancer, subnets);
        });
        return EnableAvailabilityZonesForLoadBalancerResponse.builder().availabilityZones(changed.zones()).build();
    }

    private DisableAvailabilityZonesForLoadBalancerResponse disableZones(
            DisableAvailabilityZonesForLoadBalancerRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        nonEmpty(request.availabilityZones(), "AvailabilityZones");
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer -> placed(account,
                balancer, balancer.subnets().stream()
                        .filter(s -> !request.availabilityZones().contains(context.placement().zoneOf(account, s)))
                        .toList()));
        return DisableAvailabilityZonesForLoadBalancerResponse.builder().availabilityZones(changed.zones()).build();
    }

    private AttachLoadBalancerToSubnetsResponse attachSubnets(AttachLoadBalancerToSubnetsRequest request,
                                                              RequestContext ctx) {
        String account = ctx.principal().accountId();
        nonEmpty(request.subnets(), "Subnets");
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer -> {
            List<String> subnets = new ArrayList<>(balancer.subnets());
            request.subnets().stream().filter(s -> !subnets.contains(s)).forEach(subnets::add);
            return placed(account, balancer, subnets);
        });
        return AttachLoadBalancerToSubnetsResponse.builder().subnets(changed.subnets()).build();
    }

    private DetachLoadBalancerFromSubnetsResponse detachSubnets(DetachLoadBalancerFromSubnetsRequest request,
                                                                RequestContext ctx) {
        String account = ctx.principal().accountId();
        nonEmpty(request.subnets(), "Subnets");
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer -> placed(account,
                balancer, balancer.subnets().stream().filter(s -> !request.subnets().contains(s)).toList()));
        return DetachLoadBalancerFromSubnetsResponse.builder().subnets(changed.subnets()).build();
    }

    private ApplySecurityGroupsToLoadBalancerResponse applySecurityGroups(
            ApplySecurityGroupsToLoadBalancerRequest request, RequestContext ctx) {
        String account = ctx.principal().accountId();
        nonEmpty(request.securityGroups(), "SecurityGroups");
        ClassicBalancer changed = context.change(account, request.loadBalancerName(), balancer ->
                balancer.withSecurityGroups(context.placement().securityGroups(account, balancer.vpcId(),
                        request.securityGroups())));
        return ApplySecurityGroupsToLoadBalancerResponse.builder().securityGroups(changed.securityGroups()).build();
    }

    /** The balancer on these subnets (checked: its VPC, one per zone, at least one). */
    private ClassicBalancer placed(String account, ClassicBalancer balancer, List<String> subnets) {
        if (subnets.isEmpty()) {
            throw ClassicErrors.invalidConfiguration("A load balancer must remain in at least one Availability Zone");
        }
        Placement.Resolved resolved = context.placement().fromSubnets(account, subnets, balancer.vpcId());
        return balancer.withPlacement(resolved.zones(), resolved.subnets());
    }

    private static void nonEmpty(List<String> values, String member) {
        if (values.isEmpty()) {
            throw ClassicErrors.validation(member + " cannot be empty");
        }
    }
}
