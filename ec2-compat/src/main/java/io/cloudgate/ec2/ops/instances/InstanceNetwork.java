package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.Machine;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAssociation;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceAttachment;
import software.amazon.awssdk.services.ec2.model.InstancePrivateIpAddress;

/**
 * An instance's addressing as EC2 shows it: DNS names in AWS's formats and the one primary network
 * interface every instance has (its id is minted from the machine id, so it is stable).
 */
final class InstanceNetwork {
    private final AccountResources resources;

    InstanceNetwork(AccountResources resources) {
        this.resources = resources;
    }

    /** "ip-10-0-1-5.ec2.internal" in us-east-1, "ip-10-0-1-5.eu-west-1.compute.internal" elsewhere. */
    String privateDnsName(InstanceView view) {
        String address = view.machine().privateAddress();
        if (view.released() || address == null) {
            return "";
        }
        String host = "resource-name".equals(view.record().settings().hostnameType())
                ? view.instanceId() : "ip-" + address.replace('.', '-');
        return host + (resources.region().equals("us-east-1") ? ".ec2.internal"
                : "." + resources.region() + ".compute.internal");
    }

    /**
     * "ec2-203-0-113-5.compute-1.amazonaws.com" in us-east-1; only in VPCs with DNS hostnames enabled (by
     * default the default VPC).
     */
    String publicDnsName(InstanceView view) {
        String address = view.machine().publicAddress();
        if (view.released() || address == null || view.machine().networkId() == null
                || !resources.dnsHostnames(view.machine().networkId())) {
            return "";
        }
        String host = "ec2-" + address.replace('.', '-');
        return host + (resources.region().equals("us-east-1") ? ".compute-1.amazonaws.com"
                : "." + resources.region() + ".compute.amazonaws.com");
    }

    List<GroupIdentifier> groups(Machine machine) {
        return machine.securityGroupIds().stream()
                .map(id -> GroupIdentifier.builder()
                        .groupId(resources.awsId(ResourceKind.SECURITY_GROUP, id))
                        .groupName(resources.group(id).map(group -> group.name()).orElse(""))
                        .build())
                .toList();
    }

    /** The primary interface; none once the instance is terminated. */
    List<InstanceNetworkInterface> interfaces(InstanceView view) {
        Machine machine = view.machine();
        if (view.released() || machine.privateAddress() == null) {
            return List.of();
        }
        String eniId = view.record().networkInterfaceId();
        String privateDns = privateDnsName(view);
        InstanceNetworkInterfaceAssociation association = association(view);
        return List.of(InstanceNetworkInterface.builder()
                .networkInterfaceId(eniId)
                .attachment(InstanceNetworkInterfaceAttachment.builder()
                        .attachmentId(PrimaryInterfaces.attachmentId(eniId))
                        .attachTime(machine.launchedAt())
                        .deleteOnTermination(true)
                        .deviceIndex(0)
                        .networkCardIndex(0)
                        .status("attached")
                        .build())
                .description("")
                .groups(groups(machine))
                .ipv6Addresses(List.of())
                .macAddress(PrimaryInterfaces.macAddress(eniId))
                .ownerId(resources.account())
                .privateDnsName(privateDns)
                .privateIpAddress(machine.privateAddress())
                .privateIpAddresses(InstancePrivateIpAddress.builder()
                        .primary(true)
                        .privateDnsName(privateDns)
                        .privateIpAddress(machine.privateAddress())
                        .association(association)
                        .build())
                .association(association)
                .sourceDestCheck(view.record().settings().sourceDestCheck())
                .status("in-use")
                .subnetId(resources.awsId(ResourceKind.SUBNET, machine.subnetId()))
                .vpcId(resources.awsId(ResourceKind.VPC, machine.networkId()))
                .interfaceType("interface")
                .build());
    }

    private InstanceNetworkInterfaceAssociation association(InstanceView view) {
        if (view.machine().publicAddress() == null) {
            return null;
        }
        boolean elastic = resources.elasticAddress(view.machine().id()).isPresent();
        return InstanceNetworkInterfaceAssociation.builder()
                .ipOwnerId(elastic ? resources.account() : "amazon")
                .publicDnsName(publicDnsName(view))
                .publicIp(view.machine().publicAddress())
                .build();
    }
}
