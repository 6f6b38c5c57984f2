package io.cloudgate.ec2.ops.account;

import io.cloudgate.compute.MachineType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.EbsInfo;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.MemoryInfo;
import software.amazon.awssdk.services.ec2.model.NetworkCardInfo;
import software.amazon.awssdk.services.ec2.model.NetworkInfo;
import software.amazon.awssdk.services.ec2.model.PlacementGroupInfo;
import software.amazon.awssdk.services.ec2.model.ProcessorInfo;
import software.amazon.awssdk.services.ec2.model.VCpuInfo;

/**
 * A machine type of the cloud as an EC2 instance type. vCPUs, memory, architectures and burstability come from
 * the cloud; the rest is what EC2 reports for current EBS-only types of that size, so tools that read it
 * (network limits, boot modes, hypervisor) get plausible values.
 */
final class InstanceTypeView {
    private static final Set<String> FREE_TIER = Set.of("t2.micro", "t3.micro");
    private static final Set<String> XEN_FAMILIES = Set.of("t2", "m4", "c4", "r4", "x1", "i3", "d2");

    private InstanceTypeView() {
    }

    static InstanceTypeInfo of(MachineType type) {
        boolean arm = type.architectures().contains("arm64");
        boolean xen = XEN_FAMILIES.contains(family(type.name()));
        int threadsPerCore = arm || type.vcpus() == 1 ? 1 : 2;
        int cores = type.vcpus() / threadsPerCore;
        return InstanceTypeInfo.builder()
                .instanceType(type.name())
                .currentGeneration(true)
                .freeTierEligible(FREE_TIER.contains(type.name()))
                .supportedUsageClassesWithStrings("on-demand", "spot")
                .supportedRootDeviceTypesWithStrings("ebs")
                .supportedVirtualizationTypesWithStrings("hvm")
                .bareMetal(false)
                .hypervisor(xen ? "xen" : "nitro")
                .processorInfo(ProcessorInfo.builder()
                        .supportedArchitecturesWithStrings(type.architectures())
                        .sustainedClockSpeedInGhz(arm ? 2.5 : 3.1)
                        .manufacturer(arm ? "AWS" : "Intel")
                        .build())
                .vCpuInfo(VCpuInfo.builder()
                        .defaultVCpus(type.vcpus())
                        .defaultCores(cores)
                        .defaultThreadsPerCore(threadsPerCore)
                        .validCores(validCores(cores))
                        .validThreadsPerCore(threadsPerCore == 1 ? List.of(1) : List.of(1, 2))
                        .build())
                .memoryInfo(MemoryInfo.builder().sizeInMiB((long) type.memoryMib()).build())
                .instanceStorageSupported(false)
                .ebsInfo(EbsInfo.builder()
                        .ebsOptimizedSupport(xen ? "unsupported" : "default")
                        .encryptionSupport("supported")
                        .nvmeSupport(xen ? "unsupported" : "required")
                        .build())
                .networkInfo(network(type, xen))
                .placementGroupInfo(PlacementGroupInfo.builder()
                        .supportedStrategiesWithStrings(type.burstable() ? List.of("partition", "spread")
                                : List.of("cluster", "partition", "spread"))
                        .build())
                .hibernationSupported(!arm)
                .burstablePerformanceSupported(type.burstable())
                .dedicatedHostsSupported(!type.burstable())
                .autoRecoverySupported(true)
                .supportedBootModesWithStrings(arm ? List.of("uefi") : List.of("legacy-bios", "uefi"))
                .nitroEnclavesSupport("unsupported")
                .nitroTpmSupport(xen ? "unsupported" : "supported")
                .build();
    }

    static String family(String typeName) {
        int dot = typeName.indexOf('.');
        return dot < 0 ? typeName : typeName.substring(0, dot);
    }

    private static NetworkInfo network(MachineType type, boolean xen) {
        String performance = type.burstable() ? "Up to 5 Gigabit" : type.vcpus() >= 16 ? "Up to 12.5 Gigabit"
                : "Up to 10 Gigabit";
        int interfaces = Math.min(8, Math.max(2, type.vcpus() / 2 + 2));
        int addressesPerInterface = type.memoryMib() <= 1024 ? 2 : type.memoryMib() <= 2048 ? 4
                : type.memoryMib() <= 4096 ? 6 : 15;
        return NetworkInfo.builder()
                .networkPerformance(performance)
                .maximumNetworkInterfaces(interfaces)
                .maximumNetworkCards(1)
                .defaultNetworkCardIndex(0)
                .networkCards(NetworkCardInfo.builder().networkCardIndex(0).networkPerformance(performance)
                        .maximumNetworkInterfaces(interfaces).build())
                .ipv4AddressesPerInterface(addressesPerInterface)
                .ipv6AddressesPerInterface(addressesPerInterface)
                .ipv6Supported(true)
                .enaSupport(xen ? "unsupported" : "required")
                .efaSupported(false)
                .encryptionInTransitSupported(false)
                .enaSrdSupported(false)
                .build();
    }

    private static List<Integer> validCores(int cores) {
        List<Integer> valid = new ArrayList<>();
        for (int count = 1; count <= cores; count++) {
            valid.add(count);
        }
        return valid;
    }
}
