package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping;

/** Replaces a balancer's subnets (same VPC); the data plane is unaffected, all addresses being local. */
public final class SetSubnets implements Operation<SetSubnetsRequest, SetSubnetsResponse> {
    private final V2Context context;
    private final BalancerNetwork network;

    public SetSubnets(V2Context context) {
        this.context = context;
        this.network = new BalancerNetwork(context.elb().ec2());
    }

    @Override
    public SetSubnetsResponse handle(SetSubnetsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<String> subnetIds = request.hasSubnetMappings() && !request.subnetMappings().isEmpty()
                ? request.subnetMappings().stream().map(SubnetMapping::subnetId).toList() : request.subnets();
        if (subnetIds.isEmpty()) {
            throw AwsException.validation("At least one subnet must be specified");
        }
        LoadBalancerDoc changed = context.store().locked(account, () -> {
            LoadBalancerDoc balancer = context.store().balancer(account, request.loadBalancerArn());
            BalancerNetwork.Placement placement = network.subnets(account, subnetIds, balancer.network());
            if (!placement.vpcId().equals(balancer.vpcId())) {
                throw AwsException.badRequest("InvalidConfigurationRequest",
                        "The subnets must belong to the load balancer's VPC '" + balancer.vpcId() + "'");
            }
            LoadBalancerDoc updated = balancer.withNetwork(placement.subnetIds(), balancer.securityGroups());
            context.store().put(account, updated);
            return updated;
        });
        return SetSubnetsResponse.builder().ipAddressType(changed.ipAddressType())
                .availabilityZones(changed.subnetIds().stream().map(subnet -> AvailabilityZone.builder()
                        .subnetId(subnet).zoneName(network.zoneOf(account, subnet)).build()).toList()).build();
    }
}
