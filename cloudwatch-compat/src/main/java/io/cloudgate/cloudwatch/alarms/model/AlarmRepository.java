package io.cloudgate.cloudwatch.alarms.model;

import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Metric alarms, one partition per account, written with compare-and-set so that the engine and
 * PutMetricAlarm never overwrite each other. A second table indexes every alarm under one of
 * {@link #SHARDS} shards so that the engine can find all alarms without scanning across partitions, and
 * gateways sharing a store can split the evaluation work by shard.
 */
public final class AlarmRepository {
    public static final int SHARDS = 16;
    private static final int PAGE = 500;

    private final Table alarms;
    private final Table index;

    /** An alarm with the store version it was read at. */
    public record Versioned(StoredAlarm alarm, long version) {
    }

    /** Where an alarm lives. */
    public record AlarmKey(String account, String name) {
    }

    public AlarmRepository(DocumentStore store) {
        this.alarms = store.table("cw-alarms");
        this.index = store.table("cw-alarm-index");
    }

    public Optional<Versioned> find(String account, String name) {
        return alarms.get(account, name).map(AlarmRepository::versioned);
    }

    /** Creates the alarm unless one of that name exists; returns whether it did. */
    public boolean create(StoredAlarm alarm) {
        if (!alarms.putIfAbsent(alarm.account(), alarm.name(), AlarmJson.write(alarm), null)) {
            return false;
        }
        index.put(shardName(shardOf(alarm.account(), alarm.name())), indexKey(alarm.account(), alarm.name()), "{}");
        return true;
    }

    /** Replaces the alarm if it is still at the version read; returns whether it did. */
    public boolean replace(Versioned read, StoredAlarm updated) {
        return alarms.replace(updated.account(), updated.name(), read.version(), AlarmJson.write(updated));
    }

    public boolean delete(String account, String name) {
        index.delete(shardName(shardOf(account, name)), indexKey(account, name));
        return alarms.delete(account, name);
    }

    /** Every alarm of an account, in name order. */
    public List<StoredAlarm> list(String account) {
        List<StoredAlarm> all = new ArrayList<>();
        String from = null;
        while (true) {
            List<Document> page = alarms.scan(account, from, PAGE);
            for (Document document : page) {
                if (!document.key().equals(from)) {
                    all.add(versioned(document).alarm());
                }
            }
            if (page.size() < PAGE) {
                return all;
            }
            from = page.getLast().key();
        }
    }

    /** The alarms indexed under a shard. */
    public List<AlarmKey> shard(int shard) {
        List<AlarmKey> keys = new ArrayList<>();
        String from = null;
        while (true) {
            List<Document> page = index.scan(shardName(shard), from, PAGE);
            for (Document document : page) {
                if (!document.key().equals(from)) {
                    int colon = document.key().indexOf(':');
                    keys.add(new AlarmKey(document.key().substring(0, colon), document.key().substring(colon + 1)));
                }
            }
            if (page.size() < PAGE) {
                return keys;
            }
            from = page.getLast().key();
        }
    }

    public static int shardOf(String account, String name) {
        return Math.floorMod((account + ":" + name).hashCode(), SHARDS);
    }

    private static String shardName(int shard) {
        return "shard-" + shard;
    }

    private static String indexKey(String account, String name) {
        return account + ":" + name;
    }

    private static Versioned versioned(Document document) {
        return new Versioned(AlarmJson.read(document.json(), StoredAlarm.class), document.version());
    }
}
