package io.cloudgate.route53.zones;

import io.cloudgate.route53.records.StoredRecordSet;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tables of hosted zones: zones by account, caller references, zones by name (several accounts may have zones
 * of one name; the earliest is served), the served zone of each name, and each zone's record sets.
 */
public final class ZoneStore {
    private static final int PARTITION_LIMIT = 100_000;

    /** A zone named from another table. */
    public record ZoneRef(String account, String zoneId) {
    }

    /** A zone's record sets, written as one document so that a batch is stored atomically. */
    public record RecordSets(List<StoredRecordSet> sets) {
    }

    private final TypedTable<ZoneRecord> zones;
    private final TypedTable<ZoneRef> callerReferences;
    private final TypedTable<ZoneRef> byName;
    private final TypedTable<ZoneRef> served;
    private final TypedTable<RecordSets> recordSets;

    public ZoneStore(DocumentStore store) {
        this.zones = new TypedTable<>(store.table("route53-zones"), ZoneRecord.class);
        this.callerReferences = new TypedTable<>(store.table("route53-caller-references"), ZoneRef.class);
        this.byName = new TypedTable<>(store.table("route53-zones-by-name"), ZoneRef.class);
        this.served = new TypedTable<>(store.table("route53-served-zones"), ZoneRef.class);
        this.recordSets = new TypedTable<>(store.table("route53-record-sets"), RecordSets.class);
    }

    /** Claims a caller reference for a new zone; false when the account used it before (AWS never frees one). */
    public boolean claimCallerReference(String account, String callerReference, String zoneId) {
        return callerReferences.putIfAbsent(account, callerReference, new ZoneRef(account, zoneId), null);
    }

    public void insert(ZoneRecord zone, List<StoredRecordSet> sets) {
        recordSets.put(zone.id(), "sets", new RecordSets(sets));
        zones.put(zone.account(), zone.id(), zone);
        byName.put(zone.name(), nameKey(zone.createdAt(), zone.id()), new ZoneRef(zone.account(), zone.id()));
    }

    public Optional<ZoneRecord> get(String account, String zoneId) {
        return zones.get(account, zoneId);
    }

    public void update(ZoneRecord zone) {
        zones.put(zone.account(), zone.id(), zone);
    }

    public void remove(ZoneRecord zone) {
        byName.delete(zone.name(), nameKey(zone.createdAt(), zone.id()));
        zones.delete(zone.account(), zone.id());
        recordSets.delete(zone.id(), "sets");
    }

    /** Every zone of an account, in id order. */
    public List<ZoneRecord> all(String account) {
        return scanAll(zones, account);
    }

    /** The zones of a name, oldest first. */
    public List<ZoneRef> named(String name) {
        return scanAll(byName, name);
    }

    public List<StoredRecordSet> recordSets(String zoneId) {
        return recordSets.get(zoneId, "sets").map(RecordSets::sets).orElse(List.of());
    }

    public void putRecordSets(String zoneId, List<StoredRecordSet> sets) {
        recordSets.put(zoneId, "sets", new RecordSets(sets));
    }

    /** Records the zone as the served zone of its name unless another one is; returns whether it is now. */
    public boolean claimServing(ZoneRecord zone) {
        return served.putIfAbsent("served", zone.name(), new ZoneRef(zone.account(), zone.id()), null);
    }

    public Optional<ZoneRef> servedZone(String name) {
        return served.get("served", name);
    }

    public void releaseServing(String name) {
        served.delete("served", name);
    }

    private static String nameKey(Instant createdAt, String zoneId) {
        return String.format("%020d/%s", createdAt.toEpochMilli(), zoneId);
    }

    /** Partitions here stay small (an account's zones are limited; few zones share a name). */
    private static <T> List<T> scanAll(TypedTable<T> table, String partition) {
        return table.scan(partition, null, PARTITION_LIMIT);
    }
}
