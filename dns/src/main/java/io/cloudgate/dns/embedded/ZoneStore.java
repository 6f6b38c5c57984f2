package io.cloudgate.dns.embedded;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zones and record sets in the document store: table "dns_zones" (one partition, a {@link ZoneDocument} per
 * zone) and table "dns_records" (a partition per zone, a record set per name and type). A batch first writes its
 * journal into the zone document, then the record sets, then clears the journal, so that an interrupted batch is
 * completed rather than half applied. Callers serialize writes.
 */
final class ZoneStore {
    private static final String ZONES_PARTITION = "zones";
    private static final int PAGE = 500;
    private static final System.Logger LOG = System.getLogger(ZoneStore.class.getName());

    /** A zone as stored: its name as created, its serial, its record sets. */
    record StoredZone(String name, long serial, List<RecordSet> recordSets) {
    }

    private final TypedTable<ZoneDocument> zones;
    private final TypedTable<RecordSet> records;
    private final Clock clock;
    private final Set<String> unfinished = ConcurrentHashMap.newKeySet();

    ZoneStore(DocumentStore store, Clock clock) {
        this.zones = new TypedTable<>(store.table("dns_zones"), ZoneDocument.class);
        this.records = new TypedTable<>(store.table("dns_records"), RecordSet.class);
        this.clock = clock;
    }

    /** Every zone, after finishing the batches and deletions that were interrupted. */
    List<StoredZone> load() {
        List<StoredZone> loaded = new ArrayList<>();
        for (ZoneDocument zone : all(zones, ZONES_PARTITION)) {
            String key = DnsNames.key(DnsNames.parse(zone.name()));
            if (zone.deleting()) {
                finishDeletion(key);
                continue;
            }
            if (zone.pending() != null) {
                finish(key, zone);
            }
            loaded.add(new StoredZone(zone.name(), zone.serial(), all(records, key)));
        }
        return loaded;
    }

    /** Stores a new zone, clearing whatever an interrupted deletion of a zone of that name left behind. */
    void create(String zoneName, ZoneEdit apex) {
        String key = zoneKey(zoneName);
        unavailableUnless(() -> all(records, key).forEach(set -> records.delete(key, storeKey(set))));
        write(zoneName, 1, apex);
    }

    /** Makes the batch durable (the journal write is the commit point), then writes its record sets. */
    void write(String zoneName, long serial, ZoneEdit edit) {
        String key = zoneKey(zoneName);
        if (unfinished.contains(key)) {
            unavailableUnless(() -> zones.get(ZONES_PARTITION, key).filter(z -> z.pending() != null)
                    .ifPresent(zone -> finish(key, zone)));
        }
        ZoneDocument journal = new ZoneDocument(zoneName, serial, clock.instant(), edit, false);
        unavailableUnless(() -> zones.put(ZONES_PARTITION, key, journal));
        try {
            finish(key, journal);
        } catch (RuntimeException e) {
            unfinished.add(key);
            LOG.log(System.Logger.Level.WARNING, "DNS zone " + zoneName + " serial " + serial
                    + " committed but its record writes are unfinished; finishing on the next write", e);
        }
    }

    void delete(String zoneName) {
        String key = zoneKey(zoneName);
        unavailableUnless(() -> zones.put(ZONES_PARTITION, key,
                new ZoneDocument(zoneName, 0, clock.instant(), null, true)));
        try {
            finishDeletion(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "DNS zone " + zoneName + " deleted; its records are removed "
                    + "when the zone is created again or the store is next opened", e);
        }
    }

    private void finish(String key, ZoneDocument zone) {
        for (RecordSet put : zone.pending().puts()) {
            records.put(key, storeKey(put), put);
        }
        for (ZoneEdit.RecordKey removal : zone.pending().removals()) {
            records.delete(key, removal.storeKey());
        }
        zones.put(ZONES_PARTITION, key, new ZoneDocument(zone.name(), zone.serial(), zone.updatedAt(), null, false));
        unfinished.remove(key);
    }

    private void finishDeletion(String key) {
        all(records, key).forEach(set -> records.delete(key, storeKey(set)));
        zones.delete(ZONES_PARTITION, key);
    }

    private static String zoneKey(String zoneName) {
        return DnsNames.key(DnsNames.parse(zoneName));
    }

    private static String storeKey(RecordSet set) {
        return ZoneEdit.RecordKey.of(DnsNames.parse(set.name()), set.type()).storeKey();
    }

    private static <T> List<T> all(TypedTable<T> table, String partition) {
        List<T> all = new ArrayList<>();
        String from = null;
        while (true) {
            List<T> page = table.scan(partition, from, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            from = lastKey(page.get(page.size() - 1)) + '\u0000';
        }
    }

    private static String lastKey(Object document) {
        return switch (document) {
            case ZoneDocument zone -> zoneKey(zone.name());
            case RecordSet set -> storeKey(set);
            default -> throw new IllegalArgumentException("not a DNS document: " + document);
        };
    }

    private static void unavailableUnless(Runnable storeWork) {
        try {
            storeWork.run();
        } catch (RuntimeException e) {
            throw new DnsException(DnsException.Kind.UNAVAILABLE, "the DNS store failed: " + e.getMessage(), e);
        }
    }
}
