package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.AttachedDisk;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.instances.InstanceRecord.MetadataSettings;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.CapacityReservationSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.CpuOptions;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.EnclaveOptions;
import software.amazon.awssdk.services.ec2.model.HibernationOptions;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceMaintenanceOptions;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.Monitoring;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.PrivateDnsNameOptionsResponse;

/** Renders instances the way DescribeInstances and RunInstances return them. One per request. */
final class InstanceRenderer {
    private final AccountResources resources;
    private final InstanceNetwork network;

    InstanceRenderer(AccountResources resources) {
        this.resources = resources;
        this.network = new InstanceNetwork(resources);
    }

    AccountResources resources() {
        return resources;
    }

    InstanceNetwork network() {
        return network;
    }

    Instance render(InstanceView view) {
        Machine machine = view.machine();
        InstanceRecord record = view.record();
        Optional<Image> image = resources.image(machine.imageId());
        boolean windows = image.map(i -> "windows".equalsIgnoreCase(i.platform())).orElse(false);
        Instance.Builder instance = Instance.builder()
                .instanceId(view.instanceId())
                .imageId(resources.awsId(ResourceKind.IMAGE, machine.imageId()))
                .state(InstanceStates.of(machine.state()))
                .stateReason(InstanceStates.reason(machine))
                .stateTransitionReason(InstanceStates.transitionReason(machine))
                .privateDnsName(network.privateDnsName(view))
                .publicDnsName(network.publicDnsName(view))
                .keyName(machine.keyName())
                .amiLaunchIndex(record.launchIndex())
                .productCodes(List.of())
                .instanceType(machine.machineType())
                .launchTime(machine.launchedAt())
                .placement(Placement.builder().availabilityZone(machine.zone())
                        .availabilityZoneId(resources.zoneId(machine.zone())).groupName("")
                        .tenancy(record.hardware().tenancy()).build())
                .monitoring(Monitoring.builder().state(record.settings().monitoring() ? "enabled" : "disabled").build())
                .architecture(image.map(Image::architecture).orElse("x86_64"))
                .rootDeviceType("ebs")
                .rootDeviceName(machine.rootDeviceName())
                .blockDeviceMappings(view.released() ? List.of() : blockDevices(machine))
                .virtualizationType("hvm")
                .hypervisor("xen")
                .clientToken(record.clientToken() == null ? "" : record.clientToken())
                .tags(TagSpecifications.toSdk(view.tags()))
                .securityGroups(view.released() ? List.of() : network.groups(machine))
                .sourceDestCheck(record.settings().sourceDestCheck())
                .networkInterfaces(network.interfaces(view))
                .ebsOptimized(record.settings().ebsOptimized())
                .enaSupport(record.settings().enaSupport())
                .cpuOptions(CpuOptions.builder().coreCount(record.hardware().coreCount())
                        .threadsPerCore(record.hardware().threadsPerCore()).build())
                .capacityReservationSpecification(CapacityReservationSpecificationResponse.builder()
                        .capacityReservationPreference("open").build())
                .hibernationOptions(HibernationOptions.builder().configured(record.hardware().hibernation()).build())
                .metadataOptions(metadataOptions(record.metadata()))
                .enclaveOptions(EnclaveOptions.builder().enabled(false).build())
                .platformDetails(windows ? "Windows" : "Linux/UNIX")
                .usageOperation(windows ? "RunInstances:0002" : "RunInstances")
                .usageOperationUpdateTime(machine.launchedAt())
                .privateDnsNameOptions(PrivateDnsNameOptionsResponse.builder()
                        .hostnameType(record.settings().hostnameType())
                        .enableResourceNameDnsARecord(record.settings().dnsARecord())
                        .enableResourceNameDnsAAAARecord(record.settings().dnsAaaaRecord()).build())
                .maintenanceOptions(InstanceMaintenanceOptions.builder()
                        .autoRecovery(record.settings().autoRecovery()).rebootMigration("default").build())
                .currentInstanceBootMode("legacy-bios");
        if (windows) {
            instance.platform("windows");
        }
        if (!view.released()) {
            instance.privateIpAddress(machine.privateAddress())
                    .publicIpAddress(machine.publicAddress())
                    .subnetId(resources.awsId(ResourceKind.SUBNET, machine.subnetId()))
                    .vpcId(resources.awsId(ResourceKind.VPC, machine.networkId()));
        }
        return instance.build();
    }

    static InstanceMetadataOptionsResponse metadataOptions(MetadataSettings metadata) {
        return InstanceMetadataOptionsResponse.builder()
                .state("applied")
                .httpTokens(metadata.httpTokens())
                .httpPutResponseHopLimit(metadata.httpPutResponseHopLimit())
                .httpEndpoint(metadata.httpEndpoint())
                .httpProtocolIpv6(metadata.httpProtocolIpv6())
                .instanceMetadataTags(metadata.instanceMetadataTags())
                .build();
    }

    List<InstanceBlockDeviceMapping> blockDevices(Machine machine) {
        return machine.disks().stream().map(this::blockDevice).toList();
    }

    private InstanceBlockDeviceMapping blockDevice(AttachedDisk disk) {
        return InstanceBlockDeviceMapping.builder()
                .deviceName(disk.deviceName())
                .ebs(EbsInstanceBlockDevice.builder()
                        .volumeId(resources.awsId(ResourceKind.VOLUME, disk.volumeId()))
                        .status("attached")
                        .attachTime(disk.attachedAt())
                        .deleteOnTermination(disk.deleteOnTermination())
                        .build())
                .build();
    }
}
