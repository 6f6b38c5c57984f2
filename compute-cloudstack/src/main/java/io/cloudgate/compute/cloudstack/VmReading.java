package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A VM's statistics as listVirtualMachines shows them at one moment before CloudStack 4.17: the CPU it used lately
 * and its I/O counters, which CloudStack sums from the hypervisor's reports (vm.stats.increment.metrics), so they
 * only grow until they start again from zero (VM or management server restarted). From 4.17 on they are not
 * counters ({@link UsageHistory}); the same fields of a statistics entry hold one collection cycle's figures.
 *
 * @param cpuPercent      {@code cpuused}, the CPU share the last statistics collection saw, 0 to 100
 * @param networkReadKib  {@code networkkbsread}, KiB the VM received
 * @param networkWriteKib {@code networkkbswrite}, KiB the VM sent
 */
record VmReading(double cpuPercent, long networkReadKib, long networkWriteKib, long diskReadKib, long diskWriteKib,
                 long diskReadOps, long diskWriteOps) {

    /** The VM's statistics; empty when it has none (CloudStack has not collected any since it started). */
    static Optional<VmReading> of(JsonNode vm) {
        if (!vm.path("networkkbsread").isNumber()) {
            return Optional.empty();
        }
        return Optional.of(new VmReading(cpu(Fields.text(vm, "cpuused")), counter(vm, "networkkbsread"),
                counter(vm, "networkkbswrite"), counter(vm, "diskkbsread"), counter(vm, "diskkbswrite"),
                counter(vm, "diskioread"), counter(vm, "diskiowrite")));
    }

    /**
     * What a minute's statistics entries of CloudStack 4.17+ add up to (each holds one collection cycle's I/O, see
     * {@link UsageHistory}): the sum of their I/O and the mean of their CPU shares; empty without entries.
     */
    static Optional<VmReading> total(List<JsonNode> entries) {
        List<VmReading> readings = entries.stream().map(VmReading::of).flatMap(Optional::stream).toList();
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        VmReading sum = new VmReading(0, 0, 0, 0, 0, 0, 0);
        for (VmReading reading : readings) {
            sum = new VmReading(sum.cpuPercent + reading.cpuPercent, sum.networkReadKib + reading.networkReadKib,
                    sum.networkWriteKib + reading.networkWriteKib, sum.diskReadKib + reading.diskReadKib,
                    sum.diskWriteKib + reading.diskWriteKib, sum.diskReadOps + reading.diskReadOps,
                    sum.diskWriteOps + reading.diskWriteOps);
        }
        return Optional.of(new VmReading(sum.cpuPercent / readings.size(), sum.networkReadKib, sum.networkWriteKib,
                sum.diskReadKib, sum.diskWriteKib, sum.diskReadOps, sum.diskWriteOps));
    }

    /**
     * What each counter grew by since the earlier reading. A counter lower than before started again from zero in
     * between, so all of its value is new: never negative.
     */
    VmReading since(VmReading earlier) {
        return new VmReading(cpuPercent, grown(networkReadKib, earlier.networkReadKib),
                grown(networkWriteKib, earlier.networkWriteKib), grown(diskReadKib, earlier.diskReadKib),
                grown(diskWriteKib, earlier.diskWriteKib), grown(diskReadOps, earlier.diskReadOps),
                grown(diskWriteOps, earlier.diskWriteOps));
    }

    private static long grown(long now, long before) {
        return now >= before ? now - before : now;
    }

    private static long counter(JsonNode vm, String field) {
        return Math.max(0, vm.path(field).asLong(0));
    }

    /** {@code "10%"}, {@code "12.5%"}; CloudStack formats it in the server's locale, so "12,5%" too. */
    private static double cpu(String cpuUsed) {
        if (cpuUsed == null) {
            return 0;
        }
        String number = cpuUsed.replace("%", "").replace(',', '.').trim();
        try {
            double value = Double.parseDouble(number);
            return Double.isFinite(value) ? Math.clamp(value, 0, 100) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
