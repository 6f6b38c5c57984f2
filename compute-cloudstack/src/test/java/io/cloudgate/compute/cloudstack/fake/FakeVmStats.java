package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistics of a started VM (the fields and types of the recorded stop job's VM), its I/O growing at fixed rates
 * with the clock and its CPU share changing every minute. Before CloudStack 4.17 a VM is listed with counters summed
 * since it started. From 4.17 on the server keeps one entry per collection, here at 30 s past every minute (its
 * {@code vm.stats.interval} of 60 s, not aligned to minutes), each with that cycle's I/O, for {@link #RETENTION}; a
 * VM is listed with the sum of the kept entries (the default {@code vm.stats.increment.metrics}), which stops growing
 * once entries are dropped as fast as they come, and listVirtualMachinesUsageHistory serves the entries.
 * Entries are those of the VM's current run only.
 */
public final class FakeVmStats {
    public static final long NETWORK_READ_KIB_PER_SECOND = 10;
    public static final long NETWORK_WRITE_KIB_PER_SECOND = 5;
    public static final long DISK_READ_KIB_PER_SECOND = 4;
    public static final long DISK_WRITE_KIB_PER_SECOND = 8;
    public static final long DISK_READS_PER_SECOND = 1;
    public static final long DISK_WRITES_PER_SECOND = 2;
    /** Seconds past each minute at which the 4.17+ collector runs. */
    public static final int COLLECTED_AT_SECOND = 30;
    /** How long the 4.17+ server keeps entries (vm.stats.max.retention.time, short here so that it shows). */
    public static final Duration RETENTION = Duration.ofMinutes(3);

    /** One collection of a VM's statistics: when, and how many seconds of its running it covers. */
    record Collection(Instant at, long seconds) {
    }

    private FakeVmStats() {
    }

    /** The CPU share listed at that time: 10% to 27.5% in steps of 2.5, changing each minute. */
    public static double cpuPercent(Instant at) {
        return 10 + Math.floorMod(at.getEpochSecond() / 60, 8) * 2.5;
    }

    static void put(ObjectNode vm, Vm entity, Instant now, boolean keepsHistory) {
        if (!keepsHistory) {
            put(vm, entity, cpuPercent(now), Math.max(0, Duration.between(entity.countersSince, now).toSeconds()));
            return;
        }
        List<Collection> kept = collections(entity, now.minus(RETENTION).plusSeconds(1), now, now);
        if (!kept.isEmpty()) {
            long seconds = kept.stream().mapToLong(Collection::seconds).sum();
            put(vm, entity, cpuPercent(kept.getLast().at()), seconds);
        }
    }

    /** A 4.17+ statistics entry: the collection's cycle. */
    static void putEntry(ObjectNode entry, Vm entity, Collection collection) {
        entry.put("timestamp", FakeRender.time(collection.at()));
        put(entry, entity, cpuPercent(collection.at()), collection.seconds());
        long seconds = collection.seconds();
        entry.put("diskiopstotal", seconds * (DISK_READS_PER_SECOND + DISK_WRITES_PER_SECOND))
                .put("networkread", mib(seconds * NETWORK_READ_KIB_PER_SECOND))
                .put("networkwrite", mib(seconds * NETWORK_WRITE_KIB_PER_SECOND));
    }

    /** The collections of the VM's current run made at times in [from, to] and by now. */
    static List<Collection> collections(Vm entity, Instant from, Instant to, Instant now) {
        List<Collection> collections = new ArrayList<>();
        if (entity.countersSince == null) {
            return collections;
        }
        long since = entity.countersSince.getEpochSecond();
        long last = Math.min(to.getEpochSecond(), now.getEpochSecond());
        for (long at = collectionAtOrAfter(Math.max(since + 1, from.getEpochSecond())); at <= last; at += 60) {
            collections.add(new Collection(Instant.ofEpochSecond(at), at - Math.max(since, at - 60)));
        }
        return collections;
    }

    private static long collectionAtOrAfter(long second) {
        return second + Math.floorMod(COLLECTED_AT_SECOND - second, 60);
    }

    private static void put(ObjectNode vm, Vm entity, double cpuPercent, long seconds) {
        long memoryKib = entity.offering.memoryMib() * 1024L;
        // CloudStack formats the share with DecimalFormat("#.##") and a percent sign.
        vm.put("cpuused", new DecimalFormat("#.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(cpuPercent) + "%");
        vm.put("networkkbsread", seconds * NETWORK_READ_KIB_PER_SECOND)
                .put("networkkbswrite", seconds * NETWORK_WRITE_KIB_PER_SECOND)
                .put("diskkbsread", seconds * DISK_READ_KIB_PER_SECOND)
                .put("diskkbswrite", seconds * DISK_WRITE_KIB_PER_SECOND)
                .put("memorykbs", memoryKib).put("memoryintfreekbs", memoryKib / 2).put("memorytargetkbs", memoryKib)
                .put("diskioread", seconds * DISK_READS_PER_SECOND)
                .put("diskiowrite", seconds * DISK_WRITES_PER_SECOND);
    }

    /** As StatsResponse writes them: "%.2f MiB". */
    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%.2f MiB", kib / 1024.0);
    }
}
