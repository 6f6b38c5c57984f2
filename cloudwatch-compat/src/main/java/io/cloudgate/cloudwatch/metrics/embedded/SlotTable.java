package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Slots of series, one document per (slot start, unit) in a partition per series, resolution and time bucket.
 * A write merges into the stored slot with a conditional replace (retried on a concurrent write), so that
 * gateways sharing a store never lose each other's samples; the slot's TTL is set when it is created.
 */
final class SlotTable {
    private static final int SCAN_CHUNK = 1000;
    private static final int MAX_ATTEMPTS = 50;
    private static final String KEY_DIGITS = "000000000000";

    private final Table table;
    private final SlotCodec codec = new SlotCodec();

    SlotTable(Table table) {
        this.table = table;
    }

    static String partition(Resolution resolution, String seriesId, long bucketStart) {
        return resolution.name() + "|" + seriesId + "|" + bucketStart;
    }

    /** The start zero-padded to 12 digits, so that keys sort by start. */
    static String key(long slotStart, String unit) {
        String digits = Long.toString(slotStart);
        if (slotStart < 0 || digits.length() >= KEY_DIGITS.length()) {
            return String.format("%012d|%s", slotStart, unit);
        }
        return KEY_DIGITS.substring(digits.length()) + digits + "|" + unit;
    }

    void merge(String partition, StoredSlot slot, Duration ttl) {
        String key = key(slot.start(), slot.unit());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = table.get(partition, key).orElse(null);
            if (current == null) {
                if (table.putIfAbsent(partition, key, codec.write(slot), ttl)) {
                    return;
                }
            } else if (table.replace(partition, key, current.version(),
                    codec.write(codec.read(current).merge(slot)))) {
                return;
            }
        }
        throw new IllegalStateException("Too many concurrent writes to metric slot " + partition + " " + key);
    }

    /**
     * The slots of a partition starting in [from, to), in start order. Pages are sized to the slots of one unit
     * the range can hold, so a short range does not fetch the rest of the partition.
     */
    List<StoredSlot> read(String partition, long from, long to, int slotSeconds) {
        List<StoredSlot> result = new ArrayList<>();
        int pageSize = (int) Math.min(SCAN_CHUNK, Math.max(0, to - from) / slotSeconds + 2);
        String fromKey = key(from, "");
        String endKey = key(to, "");
        String lastKey = null;
        while (true) {
            List<Document> documents = table.scan(partition, fromKey, pageSize);
            for (Document document : documents) {
                if (document.key().compareTo(endKey) >= 0) {
                    return result;
                }
                if (!document.key().equals(lastKey)) {
                    result.add(codec.read(document));
                }
            }
            if (documents.size() < pageSize) {
                return result;
            }
            lastKey = documents.getLast().key();
            fromKey = lastKey;
        }
    }
}
