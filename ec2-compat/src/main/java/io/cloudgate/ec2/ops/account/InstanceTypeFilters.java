package io.cloudgate.ec2.ops.account;

import io.cloudgate.ec2.core.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/** The DescribeInstanceTypes filters people use, over the instance type as reported. */
final class InstanceTypeFilters {
    static final Filters<InstanceTypeInfo> FILTERS = new Filters<>(Map.ofEntries(
            field("instance-type", type -> List.of(type.instanceTypeAsString())),
            field("current-generation", type -> List.of(type.currentGeneration().toString())),
            field("free-tier-eligible", type -> List.of(type.freeTierEligible().toString())),
            field("burstable-performance-supported", type -> List.of(type.burstablePerformanceSupported().toString())),
            field("bare-metal", type -> List.of(type.bareMetal().toString())),
            field("hypervisor", type -> List.of(type.hypervisorAsString())),
            field("hibernation-supported", type -> List.of(type.hibernationSupported().toString())),
            field("instance-storage-supported", type -> List.of(type.instanceStorageSupported().toString())),
            field("auto-recovery-supported", type -> List.of(type.autoRecoverySupported().toString())),
            field("dedicated-hosts-supported", type -> List.of(type.dedicatedHostsSupported().toString())),
            field("vcpu-info.default-vcpus", type -> List.of(type.vCpuInfo().defaultVCpus().toString())),
            field("vcpu-info.default-cores", type -> List.of(type.vCpuInfo().defaultCores().toString())),
            field("memory-info.size-in-mib", type -> List.of(type.memoryInfo().sizeInMiB().toString())),
            field("processor-info.supported-architecture", type -> type.processorInfo().supportedArchitecturesAsStrings()),
            field("supported-usage-class", InstanceTypeInfo::supportedUsageClassesAsStrings),
            field("supported-root-device-type", InstanceTypeInfo::supportedRootDeviceTypesAsStrings),
            field("supported-virtualization-type", InstanceTypeInfo::supportedVirtualizationTypesAsStrings),
            field("supported-boot-mode", InstanceTypeInfo::supportedBootModesAsStrings),
            field("network-info.ena-support", type -> List.of(type.networkInfo().enaSupportAsString())),
            field("network-info.ipv6-supported", type -> List.of(type.networkInfo().ipv6Supported().toString())),
            field("network-info.maximum-network-interfaces",
                    type -> List.of(type.networkInfo().maximumNetworkInterfaces().toString())),
            field("ebs-info.ebs-optimized-support", type -> List.of(type.ebsInfo().ebsOptimizedSupportAsString())),
            field("ebs-info.nvme-support", type -> List.of(type.ebsInfo().nvmeSupportAsString()))),
            type -> Map.of());

    private InstanceTypeFilters() {
    }

    private static Map.Entry<String, Function<InstanceTypeInfo, Collection<String>>> field(
            String name, Function<InstanceTypeInfo, Collection<String>> values) {
        return Map.entry(name, values);
    }
}
