package io.cloudgate.elb.core;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Every stored balancer of every account and API, so that a gateway start can hand each one to the data plane
 * again (the store has no scans across partitions, hence this one-partition index).
 */
public final class BalancerIndex {
    private static final String PARTITION = "all";
    private static final int PAGE = 500;

    private final TypedTable<Entry> table;

    /** @param api "v2" or "classic" */
    public record Entry(String api, String account, String name) {
        String key() {
            return api + "/" + account + "/" + name;
        }
    }

    public BalancerIndex(DocumentStore store) {
        this.table = new TypedTable<>(store.table("elb-balancer-index"), Entry.class);
    }

    public void add(Entry entry) {
        table.put(PARTITION, entry.key(), entry);
    }

    public void remove(Entry entry) {
        table.delete(PARTITION, entry.key());
    }

    /** Every entry of the API. */
    public List<Entry> all(String api) {
        List<Entry> entries = new ArrayList<>();
        String from = api + "/";
        while (true) {
            List<Entry> page = table.scan(PARTITION, from, PAGE);
            for (Entry entry : page) {
                if (!entry.api().equals(api)) {
                    return entries;
                }
                entries.add(entry);
            }
            if (page.size() < PAGE) {
                return entries;
            }
            from = page.getLast().key() + "\0";
        }
    }
}
