package io.cloudgate.compute.embedded;

import io.cloudgate.compute.MachineType;
import java.util.ArrayList;
import java.util.List;

/** Common EC2 instance types with their published vCPU count, memory and architectures. */
final class MachineTypeCatalog {
    private static final List<String> X86 = List.of("x86_64");
    private static final List<String> X86_AND_I386 = List.of("i386", "x86_64");
    private static final List<String> ARM = List.of("arm64");
    private static final String[] BURSTABLE_SIZES = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge"};
    private static final int[] BURSTABLE_MEMORY = {512, 1024, 2048, 4096, 8192, 16384, 32768};

    private MachineTypeCatalog() {
    }

    static List<MachineType> standard() {
        List<MachineType> types = new ArrayList<>();
        int[] t2Vcpus = {1, 1, 1, 2, 2, 4, 8};
        int[] t3Vcpus = {2, 2, 2, 2, 2, 4, 8};
        for (int i = 0; i < BURSTABLE_SIZES.length; i++) {
            // The smaller t2 sizes still run 32-bit images, as on EC2.
            types.add(new MachineType("t2." + BURSTABLE_SIZES[i], t2Vcpus[i], BURSTABLE_MEMORY[i],
                    i <= 3 ? X86_AND_I386 : X86, true));
        }
        for (String family : List.of("t3", "t3a", "t4g")) {
            for (int i = 0; i < BURSTABLE_SIZES.length; i++) {
                types.add(new MachineType(family + "." + BURSTABLE_SIZES[i], t3Vcpus[i], BURSTABLE_MEMORY[i],
                        family.equals("t4g") ? ARM : X86, true));
            }
        }
        addFixed(types, "m5", 4096, X86);
        addFixed(types, "c5", 2048, X86);
        addFixed(types, "r5", 8192, X86);
        addFixed(types, "m6g", 4096, ARM);
        addFixed(types, "c6g", 2048, ARM);
        types.add(new MachineType("m6g.medium", 1, 4096, ARM, false));
        return List.copyOf(types);
    }

    /** large..4xlarge of a fixed-performance family with the given memory per vCPU. */
    private static void addFixed(List<MachineType> types, String family, int memoryPerVcpu,
            List<String> architectures) {
        String[] sizes = {"large", "xlarge", "2xlarge", "4xlarge"};
        int[] vcpus = {2, 4, 8, 16};
        for (int i = 0; i < sizes.length; i++) {
            int memory = vcpus[i] * memoryPerVcpu;
            types.add(new MachineType(family + "." + sizes[i], vcpus[i], memory, architectures, false));
        }
    }
}
