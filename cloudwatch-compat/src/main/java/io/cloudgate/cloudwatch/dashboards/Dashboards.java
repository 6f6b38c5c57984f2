package io.cloudgate.cloudwatch.dashboards;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dashboards of each account, one partition per account, in name order. */
public final class Dashboards {
    private static final int PAGE = 1000;

    private final TypedTable<Dashboard> table;

    /** A stored dashboard: its name, JSON body and when it was last written. */
    public record Dashboard(String name, String body, Instant lastModified) {
    }

    public Dashboards(DocumentStore store) {
        this.table = new TypedTable<>(store.table("cw-dashboards"), Dashboard.class);
    }

    public static String arn(String account, String name) {
        return "arn:aws:cloudwatch::" + account + ":dashboard/" + name;
    }

    /** The dashboard name an ARN of this service names, or empty when it is not a dashboard ARN. */
    public static Optional<String> nameOf(String arn) {
        int slash = arn.indexOf(":dashboard/");
        return slash < 0 ? Optional.empty() : Optional.of(arn.substring(slash + ":dashboard/".length()));
    }

    public void put(String account, Dashboard dashboard) {
        table.put(account, dashboard.name(), dashboard);
    }

    public Optional<Dashboard> find(String account, String name) {
        return table.get(account, name);
    }

    public void delete(String account, String name) {
        table.delete(account, name);
    }

    /** Dashboards whose name starts with the prefix (null: all), from {@code fromName} on, at most {@code limit}. */
    public List<Dashboard> list(String account, String prefix, String fromName, int limit) {
        String from = fromName != null ? fromName : prefix;
        List<Dashboard> found = new ArrayList<>();
        while (found.size() < limit) {
            List<Dashboard> page = table.scan(account, from, PAGE);
            for (Dashboard dashboard : page) {
                if (prefix != null && !dashboard.name().startsWith(prefix)) {
                    return found;
                }
                if (found.size() == limit) {
                    return found;
                }
                if (found.isEmpty() || !found.getLast().name().equals(dashboard.name())) {
                    found.add(dashboard);
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
            from = page.getLast().name();
        }
        return found;
    }
}
