package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The statistics a started VM is listed with (the fields and types of the recorded stop job's VM): I/O counters
 * summed since it started, growing at fixed rates with the clock, and a CPU share that changes every minute.
 */
public final class FakeVmStats {
    public static final long NETWORK_READ_KIB_PER_SECOND = 10;
    public static final long NETWORK_WRITE_KIB_PER_SECOND = 5;
    public static final long DISK_READ_KIB_PER_SECOND = 4;
    public static final long DISK_WRITE_KIB_PER_SECOND = 8;
    public static final long DISK_READS_PER_SECOND = 1;
    public static final long DISK_WRITES_PER_SECOND = 2;

    private FakeVmStats() {
    }

    /** The CPU share listed at that time: 10% to 27.5% in steps of 2.5, changing each minute. */
    public static double cpuPercent(Instant at) {
        return 10 + Math.floorMod(at.getEpochSecond() / 60, 8) * 2.5;
    }

    static void put(ObjectNode vm, Vm entity, Instant now) {
        long seconds = Math.max(0, Duration.between(entity.countersSince, now).toSeconds());
        long memoryKib = entity.offering.memoryMib() * 1024L;
        // CloudStack formats the share with DecimalFormat("#.##") and a percent sign.
        vm.put("cpuused", new DecimalFormat("#.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(cpuPercent(now)) + "%");
        vm.put("networkkbsread", seconds * NETWORK_READ_KIB_PER_SECOND)
                .put("networkkbswrite", seconds * NETWORK_WRITE_KIB_PER_SECOND)
                .put("diskkbsread", seconds * DISK_READ_KIB_PER_SECOND)
                .put("diskkbswrite", seconds * DISK_WRITE_KIB_PER_SECOND)
                .put("memorykbs", memoryKib).put("memoryintfreekbs", memoryKib / 2).put("memorytargetkbs", memoryKib)
                .put("diskioread", seconds * DISK_READS_PER_SECOND)
                .put("diskiowrite", seconds * DISK_WRITES_PER_SECOND);
    }
}
