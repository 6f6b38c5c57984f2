package io.cloudgate.ec2.ops.network.subnets;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.network.Ipv4Block;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;

/**
 * CreateSubnet: a /16 to /28 block inside its VPC's block that overlaps none of the VPC's subnets, in the
 * zone named by AvailabilityZone or AvailabilityZoneId (the first zone when neither is given).
 */
public final class CreateSubnet implements Operation<CreateSubnetRequest, CreateSubnetResponse> {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final SubnetView view;

    public CreateSubnet(Ec2Context context, SubnetAttributes attributes) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new SubnetView(context, attributes);
    }

    @Override
    public CreateSubnetResponse handle(CreateSubnetRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.vpcId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter vpcId");
        }
        if (request.ipv6CidrBlock() != null || Boolean.TRUE.equals(request.ipv6Native())) {
            throw AwsException.badRequest("UnsupportedOperation", "IPv6 subnets are not supported in this region.");
        }
        String cidr = request.cidrBlock();
        if (cidr == null) {
            throw AwsException.badRequest("MissingParameter",
                    "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.");
        }
        Ipv4Block block = Ipv4Block.parse(cidr).orElseThrow(() -> AwsException.badRequest("InvalidParameterValue",
                "Value (" + cidr + ") for parameter cidrBlock is invalid. This is not a valid CIDR block."));
        List<Zone> zones = context.compute().zones().list();
        String zone = zone(request, zones);
        Network network = lookup.network(account, request.vpcId());
        Ipv4Block vpcBlock = Ipv4Block.parse(network.cidr()).orElseThrow();
        if (block.prefix() < 16 || block.prefix() > 28 || !vpcBlock.contains(block)) {
            throw AwsException.badRequest("InvalidSubnet.Range", "The CIDR '" + cidr + "' is invalid.");
        }
        boolean conflicts = lookup.subnets(account).stream()
                .filter(subnet -> subnet.networkId().equals(network.id()))
                .anyMatch(subnet -> Ipv4Block.parse(subnet.cidr()).map(block::overlaps).orElse(false));
        if (conflicts) {
            throw AwsException.badRequest("InvalidSubnet.Conflict",
                    "The CIDR '" + cidr + "' conflicts with another subnet");
        }
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "subnet");
        DryRun.check(request.dryRun());

        Subnet subnet = NetworkLookup.port(
                () -> context.compute().networks().createSubnet(account, network.id(), cidr, zone),
                ResourceKind.SUBNET, null);
        String subnetId = lookup.subnetId(subnet.id());
        if (!tags.isEmpty()) {
            context.tags().put(account, subnetId, tags);
        }
        return CreateSubnetResponse.builder().subnet(view.toSdk(account, subnet, zones, tags)).build();
    }

    private String zone(CreateSubnetRequest request, List<Zone> zones) {
        String name = request.availabilityZone();
        String id = request.availabilityZoneId();
        if (name != null && id != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameters availabilityZone and availabilityZoneId cannot be used together.");
        }
        String available = zones.stream().filter(Zone::available).map(Zone::name).collect(Collectors.joining(", "));
        if (id != null) {
            return ZoneIds.nameOf(context.region(), zones, id).orElseThrow(() -> AwsException.badRequest(
                    "InvalidParameterValue", "Value (" + id + ") for parameter availabilityZoneId is invalid. "
                            + "Subnets can currently only be created in the following availability zones: "
                            + available + "."));
        }
        if (name == null) {
            return zones.stream().filter(Zone::available).map(Zone::name).findFirst().orElseThrow(() ->
                    new AwsException(503, "Unavailable", "No availability zone is available."));
        }
        if (zones.stream().noneMatch(zone -> zone.available() && zone.name().equals(name))) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + name
                    + ") for parameter availabilityZone is invalid. Subnets can currently only be created in the "
                    + "following availability zones: " + available + ".");
        }
        return name;
    }
}
