package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Image;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The DescribeInstances filters, as AWS names them, over one request's instances. */
final class InstanceFilters {
    private InstanceFilters() {
    }

    static Filters<InstanceView> of(InstanceRenderer renderer) {
        AccountResources resources = renderer.resources();
        InstanceNetwork network = renderer.network();
        Map<String, Function<InstanceView, Collection<String>>> fields = new HashMap<>();
        fields.put("instance-id", view -> one(view.instanceId()));
        fields.put("instance-state-name", view -> one(InstanceStates.name(view.state()).toString()));
        fields.put("instance-state-code", view -> one(String.valueOf(InstanceStates.code(view.state()))));
        fields.put("instance-type", view -> one(view.machine().machineType()));
        fields.put("image-id", view -> one(resources.awsId(ResourceKind.IMAGE, view.machine().imageId())));
        fields.put("architecture", view -> one(resources.image(view.machine().imageId()).map(Image::architecture)
                .orElse("x86_64")));
        fields.put("availability-zone", view -> one(view.machine().zone()));
        fields.put("availability-zone-id", view -> one(resources.zoneId(view.machine().zone())));
        fields.put("key-name", view -> one(view.machine().keyName()));
        fields.put("launch-time", view -> one(IsoTimes.of(view.machine().launchedAt())));
        fields.put("reservation-id", view -> one(view.record().reservationId()));
        fields.put("owner-id", view -> one(resources.account()));
        fields.put("client-token", view -> one(view.record().clientToken()));
        fields.put("ami-launch-index", view -> one(String.valueOf(view.record().launchIndex())));
        fields.put("tenancy", view -> one(view.record().hardware().tenancy()));
        fields.put("monitoring-state", view -> one(view.record().settings().monitoring() ? "enabled" : "disabled"));
        fields.put("metadata-options.http-tokens", view -> one(view.record().metadata().httpTokens()));
        fields.put("metadata-options.http-endpoint", view -> one(view.record().metadata().httpEndpoint()));
        fields.put("hibernation-options.configured", view -> one(String.valueOf(view.record().hardware()
                .hibernation())));
        fields.put("source-dest-check", view -> one(String.valueOf(view.record().settings().sourceDestCheck())));
        fields.put("ebs-optimized", view -> one(String.valueOf(view.record().settings().ebsOptimized())));
        fields.put("root-device-type", view -> one("ebs"));
        fields.put("root-device-name", view -> one(view.machine().rootDeviceName()));
        fields.put("hypervisor", view -> one("xen"));
        fields.put("virtualization-type", view -> one("hvm"));
        fields.put("state-reason-code", view -> {
            var reason = InstanceStates.reason(view.machine());
            return reason == null ? List.of() : one(reason.code());
        });
        fields.put("private-dns-name", view -> one(network.privateDnsName(view)));
        fields.put("dns-name", view -> one(network.publicDnsName(view)));
        addNetworkFields(fields, resources);
        addDeviceFields(fields, resources);
        return new Filters<>(fields, InstanceView::tags);
    }

    /** Addressing; terminated instances have none. */
    private static void addNetworkFields(Map<String, Function<InstanceView, Collection<String>>> fields,
                                         AccountResources resources) {
        Function<InstanceView, Collection<String>> vpc = view -> view.released() ? List.of()
                : one(resources.awsId(ResourceKind.VPC, view.machine().networkId()));
        Function<InstanceView, Collection<String>> subnet = view -> view.released() ? List.of()
                : one(resources.awsId(ResourceKind.SUBNET, view.machine().subnetId()));
        Function<InstanceView, Collection<String>> privateIp = view -> view.released() ? List.of()
                : one(view.machine().privateAddress());
        Function<InstanceView, Collection<String>> groupIds = view -> view.released() ? List.of()
                : view.machine().securityGroupIds().stream()
                        .map(id -> resources.awsId(ResourceKind.SECURITY_GROUP, id)).toList();
        Function<InstanceView, Collection<String>> groupNames = view -> view.released() ? List.of()
                : view.machine().securityGroupIds().stream()
                        .map(id -> resources.group(id).map(group -> group.name()).orElse(null)).toList();
        fields.put("vpc-id", vpc);
        fields.put("network-interface.vpc-id", vpc);
        fields.put("subnet-id", subnet);
        fields.put("network-interface.subnet-id", subnet);
        fields.put("private-ip-address", privateIp);
        fields.put("network-interface.addresses.private-ip-address", privateIp);
        fields.put("ip-address", view -> view.released() ? List.of() : one(view.machine().publicAddress()));
        fields.put("network-interface.network-interface-id", view -> view.released() ? List.of()
                : one(view.record().networkInterfaceId()));
        fields.put("instance.group-id", groupIds);
        fields.put("group-id", groupIds);
        fields.put("instance.group-name", groupNames);
        fields.put("group-name", groupNames);
    }

    private static void addDeviceFields(Map<String, Function<InstanceView, Collection<String>>> fields,
                                        AccountResources resources) {
        fields.put("block-device-mapping.device-name", view -> disks(view).stream()
                .map(AttachedDisk::deviceName).toList());
        fields.put("block-device-mapping.volume-id", view -> disks(view).stream()
                .map(disk -> resources.awsId(ResourceKind.VOLUME, disk.volumeId())).toList());
        fields.put("block-device-mapping.status", view -> disks(view).isEmpty() ? List.of() : one("attached"));
        fields.put("block-device-mapping.delete-on-termination", view -> disks(view).stream()
                .map(disk -> String.valueOf(disk.deleteOnTermination())).toList());
    }

    private static List<AttachedDisk> disks(InstanceView view) {
        return view.released() ? List.of() : view.machine().disks();
    }

    private static Collection<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
