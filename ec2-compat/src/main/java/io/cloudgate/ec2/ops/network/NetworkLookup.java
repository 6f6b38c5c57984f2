package io.cloudgate.ec2.ops.network;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Subnet;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds an account's networks, subnets and groups by AWS id, answering AWS's NotFound for ids that are
 * unknown or belong to another account, and turns port failures into EC2 errors.
 */
public final class NetworkLookup {
    private final Ec2Context context;

    public NetworkLookup(Ec2Context context) {
        this.context = context;
    }

    /**
     * The account's default network, or VPCIdNotSpecified when the account deleted it (AWS then wants a VPC
     * named explicitly).
     */
    public Network defaultNetwork(String account) {
        return networks(account).stream().filter(Network::isDefault).findFirst()
                .orElseThrow(() -> AwsException.badRequest("VPCIdNotSpecified", "No default VPC for this user"));
    }

    /** The account's networks; the cloud provisions the default one on the account's first call. */
    public List<Network> networks(String account) {
        return port(() -> context.compute().networks().list(account), ResourceKind.VPC, null);
    }

    public List<Subnet> subnets(String account) {
        return port(() -> context.compute().networks().subnets(account), ResourceKind.SUBNET, null);
    }

    public List<SecurityGroup> groups(String account) {
        return port(() -> context.compute().securityGroups().list(account), ResourceKind.SECURITY_GROUP, null);
    }

    /** The network behind a VPC id, or InvalidVpcID.NotFound / Malformed. */
    public Network network(String account, String vpcId) {
        String backendId = context.ids().requireBackend(ResourceKind.VPC, vpcId);
        return port(() -> context.compute().networks().find(account, backendId), ResourceKind.VPC, vpcId)
                .orElseThrow(() -> ResourceKind.VPC.notFound(vpcId));
    }

    /** The subnet behind a subnet id, or InvalidSubnetID.NotFound / Malformed. */
    public Subnet subnet(String account, String subnetId) {
        String backendId = context.ids().requireBackend(ResourceKind.SUBNET, subnetId);
        return port(() -> context.compute().networks().findSubnet(account, backendId), ResourceKind.SUBNET, subnetId)
                .orElseThrow(() -> ResourceKind.SUBNET.notFound(subnetId));
    }

    /** The group behind a group id, or InvalidGroup.NotFound / InvalidGroupId.Malformed. */
    public SecurityGroup group(String account, String groupId) {
        String backendId = context.ids().requireBackend(ResourceKind.SECURITY_GROUP, groupId);
        return port(() -> context.compute().securityGroups().find(account, backendId), ResourceKind.SECURITY_GROUP,
                groupId).orElseThrow(() -> ResourceKind.SECURITY_GROUP.notFound(groupId));
    }

    public String vpcId(String networkId) {
        return context.ids().toAws(ResourceKind.VPC, networkId);
    }

    public String subnetId(String backendSubnetId) {
        return context.ids().toAws(ResourceKind.SUBNET, backendSubnetId);
    }

    public String groupId(String backendGroupId) {
        return context.ids().toAws(ResourceKind.SECURITY_GROUP, backendGroupId);
    }

    /** Runs a port call, turning its failure into the EC2 error for the resource concerned. */
    public static <T> T port(Supplier<T> call, ResourceKind kind, String awsId) {
        try {
            return call.get();
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, kind, awsId);
        }
    }

    /** Runs a port call without a result. */
    public static void run(Runnable call, ResourceKind kind, String awsId) {
        port(() -> {
            call.run();
            return null;
        }, kind, awsId);
    }
}
