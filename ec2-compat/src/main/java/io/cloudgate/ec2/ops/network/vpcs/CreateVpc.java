package io.cloudgate.ec2.ops.network.vpcs;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Network;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.Ipv4Block;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.CreateVpcRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcResponse;

/** CreateVpc: an IPv4 block of /16 to /28, tenancy default or dedicated, tags on create. */
public final class CreateVpc implements Operation<CreateVpcRequest, CreateVpcResponse> {
    private static final Set<String> TENANCIES = Set.of("default", "dedicated");

    private final Ec2Context context;
    private final VpcAttributes attributes;
    private final VpcView view;

    public CreateVpc(Ec2Context context, VpcAttributes attributes) {
        this.context = context;
        this.attributes = attributes;
        this.view = new VpcView(context, attributes);
    }

    @Override
    public CreateVpcResponse handle(CreateVpcRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String cidr = validCidr(request);
        String tenancy = request.instanceTenancyAsString() == null ? "default" : request.instanceTenancyAsString();
        if (!TENANCIES.contains(tenancy)) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + tenancy + ") for parameter instanceTenancy is invalid.");
        }
        if (Boolean.TRUE.equals(request.amazonProvidedIpv6CidrBlock()) || request.ipv6CidrBlock() != null
                || request.ipv6IpamPoolId() != null) {
            throw AwsException.badRequest("UnsupportedOperation", "IPv6 CIDR blocks are not supported in this region.");
        }
        Map<String, String> tags = TagSpecifications.of(request.tagSpecifications(), "vpc");
        DryRun.check(request.dryRun());

        Network network = NetworkLookup.port(() -> context.compute().networks().create(account, cidr),
                ResourceKind.VPC, null);
        String vpcId = context.ids().toAws(ResourceKind.VPC, network.id());
        attributes.update(account, vpcId, new VpcAttributes.Stored(null, null, null, tenancy));
        if (!tags.isEmpty()) {
            context.tags().put(account, vpcId, tags);
        }
        return CreateVpcResponse.builder().vpc(view.toVpc(account, vpcId, network, tags)).build();
    }

    private static String validCidr(CreateVpcRequest request) {
        String cidr = request.cidrBlock();
        if (cidr == null) {
            if (request.ipv4IpamPoolId() != null) {
                throw AwsException.badRequest("UnsupportedOperation", "IPAM pools are not supported in this region.");
            }
            throw AwsException.badRequest("MissingParameter",
                    "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.");
        }
        Ipv4Block block = Ipv4Block.parse(cidr).orElseThrow(() -> AwsException.badRequest("InvalidParameterValue",
                "Value (" + cidr + ") for parameter cidrBlock is invalid. This is not a valid CIDR block."));
        if (block.prefix() < 16 || block.prefix() > 28) {
            throw AwsException.badRequest("InvalidVpc.Range", "The CIDR '" + cidr + "' is invalid.");
        }
        return cidr;
    }
}
