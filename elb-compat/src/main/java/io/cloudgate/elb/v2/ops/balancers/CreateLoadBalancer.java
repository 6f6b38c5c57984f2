package io.cloudgate.elb.v2.ops.balancers;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.elb.core.BalancerAddresses;
import io.cloudgate.elb.core.BalancerDns;
import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.input.AttributeDefaults;
import io.cloudgate.elb.v2.shapes.V2Shapes;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping;

/**
 * Creates an application or network balancer: a loopback address of its own, a DNS name in the product's DNS,
 * and an empty configuration on the data plane. Repeating a creation with the same name answers the existing one.
 */
public final class CreateLoadBalancer implements Operation<CreateLoadBalancerRequest, CreateLoadBalancerResponse> {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?");

    private final V2Context context;
    private final BalancerNetwork network;

    public CreateLoadBalancer(V2Context context) {
        this.context = context;
        this.network = new BalancerNetwork(context.elb().ec2());
    }

    @Override
    public CreateLoadBalancerResponse handle(CreateLoadBalancerRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String name = Validation.required(request.name(), "name");
        if (!NAME.matcher(name).matches() || name.startsWith("internal-")) {
            throw AwsException.validation("The load balancer name '" + name + "' must be 1-32 alphanumeric "
                    + "characters or hyphens, must not begin or end with a hyphen, nor begin with 'internal-'");
        }
        String type = request.typeAsString() == null ? "application" : request.typeAsString();
        if (!type.equals("application") && !type.equals("network")) {
            throw AwsException.validation("Load balancer type '" + type + "' must be 'application' or 'network'");
        }
        String scheme = request.schemeAsString() == null ? "internet-facing" : request.schemeAsString();
        if (request.ipAddressTypeAsString() != null && !"ipv4".equals(request.ipAddressTypeAsString())) {
            throw AwsException.badRequest("InvalidConfigurationRequest", "Only the 'ipv4' IP address type is "
                    + "supported");
        }
        boolean isNetwork = type.equals("network");
        List<String> subnetIds = request.hasSubnetMappings() && !request.subnetMappings().isEmpty()
                ? request.subnetMappings().stream().map(SubnetMapping::subnetId).toList() : request.subnets();
        BalancerNetwork.Placement placement = network.subnets(account, subnetIds, isNetwork);
        List<String> groups = network.securityGroups(account, placement.vpcId(), request.securityGroups(), isNetwork);
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        BalancerDns dns = context.elb().balancerDns();
        LoadBalancerDoc balancer = context.store().locked(account, () -> {
            LoadBalancerDoc existing = context.store().balancerByName(account, name).orElse(null);
            if (existing != null) {
                if (!existing.type().equals(type) || !existing.scheme().equals(scheme)) {
                    throw AwsException.badRequest("DuplicateLoadBalancerName",
                            "A load balancer with the same name '" + name + "' exists, but with different settings");
                }
                return existing;
            }
            if (context.store().balancers(account).size() >= V2Limits.LOAD_BALANCERS) {
                throw AwsException.badRequest("TooManyLoadBalancers", "The quota for the number of load "
                        + "balancers has been reached");
            }
            String id = ElbArns.newId();
            String arn = ElbArns.arn(context.region(), account,
                    "loadbalancer/" + (isNetwork ? "net" : "app") + "/" + name + "/" + id);
            BalancerAddresses addresses = context.elb().addresses();
            String address = addresses.allocate(arn);
            LoadBalancerDoc created = new LoadBalancerDoc(arn, name, id, type, scheme, "ipv4", placement.vpcId(),
                    placement.subnetIds(), groups, address, dns.newName(name, scheme.equals("internal")),
                    requestContext.clock().instant(), AttributeDefaults.loadBalancer(isNetwork), tags, List.of());
            context.store().put(account, created);
            context.elb().index().add(context.indexEntry(account, name));
            dns.publish(created.dnsName(), address);
            context.apply(account, created);
            return created;
        });
        return CreateLoadBalancerResponse.builder().loadBalancers(V2Shapes.loadBalancer(balancer, "provisioning", dns,
                subnet -> network.zoneOf(account, subnet))).build();
    }
}
