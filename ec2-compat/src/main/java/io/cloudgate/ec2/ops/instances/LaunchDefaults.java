package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.MachineType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What EC2 assumes when a launch leaves something out. */
final class LaunchDefaults {
    /** RunInstances' documented default instance type. */
    private static final String DEFAULT_TYPE = "m1.small";

    private LaunchDefaults() {
    }

    /** T2 instances launch with standard credits, the later burstable families with unlimited ones. */
    static String cpuCredits(String instanceType, boolean burstable) {
        if (!burstable) {
            return null;
        }
        return instanceType.startsWith("t2.") ? "standard" : "unlimited";
    }

    /** m1.small where the cloud offers it, else its smallest type that runs the image's architecture. */
    static Optional<MachineType> instanceType(List<MachineType> offered, String architecture) {
        return offered.stream().filter(type -> type.name().equals(DEFAULT_TYPE)).findFirst()
                .or(() -> offered.stream()
                        .filter(type -> type.architectures().contains(architecture))
                        .min(Comparator.comparingInt(MachineType::vcpus).thenComparingInt(MachineType::memoryMib)));
    }
}
