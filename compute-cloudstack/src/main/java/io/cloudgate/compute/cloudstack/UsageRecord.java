package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.UsageSample;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the sampler keeps for one machine and one minute: the minute's usage, and the reading taken when the minute
 * ended, from which the next minute's usage is counted.
 *
 * @param epochMinute the minute, in minutes since the epoch
 * @param sample      the minute's usage; null for a first reading, which only starts the counting
 * @param reading     the VM's statistics when the minute ended; null when there were none to count from, and from
 *                    CloudStack 4.17 on, where a minute needs none ({@link #ofMinute})
 */
record UsageRecord(long epochMinute, UsageSample sample, VmReading reading) {
    private static final long KIB = 1024;

    /**
     * The record of a VM for the minute that just ended, given the record of the minute before (or null). A running
     * VM's minute is what its counters grew by since that record's reading; without one (first seen, or not running
     * or not sampled the minute before) the reading only starts the counting. A VM in Error state fails its status
     * check. VMs in any other state used nothing: empty.
     *
     * @param previous the record of the minute before, or null; asked only for a running VM
     */
    static Optional<UsageRecord> next(JsonNode vm, long epochMinute, Supplier<UsageRecord> previous) {
        return byState(vm, epochMinute, minute -> VmReading.of(vm).map(reading -> {
            UsageRecord before = previous.get();
            boolean counted = before != null && before.reading() != null && before.epochMinute() == epochMinute - 1;
            return new UsageRecord(epochMinute, counted ? used(minute, reading.since(before.reading())) : null,
                    reading);
        }));
    }

    /**
     * The record of a VM for the minute that just ended on CloudStack 4.17+, from the statistics entries collected in
     * that minute ({@link UsageHistory}): a running VM's minute is what they add up to, and needs no earlier record;
     * without entries (none collected in the minute) it has none. Other states as in {@link #next}.
     */
    static Optional<UsageRecord> ofMinute(JsonNode vm, long epochMinute, List<JsonNode> entries) {
        return byState(vm, epochMinute,
                minute -> VmReading.total(entries).map(total -> new UsageRecord(epochMinute, used(minute, total), null)));
    }

    /** A VM in Error fails its status check; a running one's record is {@code running}'s; other states used nothing. */
    private static Optional<UsageRecord> byState(JsonNode vm, long epochMinute,
                                                 Function<Instant, Optional<UsageRecord>> running) {
        Instant minute = Instant.ofEpochSecond(epochMinute * 60);
        String state = Fields.text(vm, "state");
        if ("Error".equals(state)) {
            return Optional.of(new UsageRecord(epochMinute, failedCheck(minute), null));
        }
        return "Running".equals(state) ? running.apply(minute) : Optional.empty();
    }

    /**
     * CloudStack reports bytes and operations but no packet counts, so packets stay 0; nor does it tell a VM's host
     * health, so the system check never fails.
     */
    private static UsageSample used(Instant minute, VmReading growth) {
        return new UsageSample(minute, growth.cpuPercent(), growth.networkReadKib() * KIB,
                growth.networkWriteKib() * KIB, 0, 0, growth.diskReadKib() * KIB, growth.diskWriteKib() * KIB,
                growth.diskReadOps(), growth.diskWriteOps(), false, false);
    }

    private static UsageSample failedCheck(Instant minute) {
        return new UsageSample(minute, 0, 0, 0, 0, 0, 0, 0, 0, 0, true, false);
    }
}
