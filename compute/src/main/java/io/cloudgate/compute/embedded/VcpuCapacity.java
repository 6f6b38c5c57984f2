package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import java.util.Optional;

/** The cloud-wide count of vCPUs in use, kept with conditional writes so concurrent launches never overbook. */
final class VcpuCapacity {
    private static final String KEY = "vcpus-in-use";

    private final Table table;
    private final int total;

    VcpuCapacity(Table table, int total) {
        this.table = table;
        this.total = total;
    }

    /** Takes vCPUs; throws CAPACITY when the cloud has too few left. */
    void reserve(int vcpus) {
        change(vcpus);
    }

    void release(int vcpus) {
        change(-vcpus);
    }

    int inUse() {
        return table.get(ComputeTables.CLOUD, KEY).map(document -> Integer.parseInt(document.json())).orElse(0);
    }

    private void change(int delta) {
        while (true) {
            Optional<Document> current = table.get(ComputeTables.CLOUD, KEY);
            int used = current.map(document -> Integer.parseInt(document.json())).orElse(0);
            int next = Math.max(0, used + delta);
            if (delta > 0 && next > total) {
                throw new ComputeException(Kind.CAPACITY,
                        "Insufficient capacity: " + delta + " vCPUs requested, " + (total - used) + " available");
            }
            boolean written = current.isPresent()
                    ? table.replace(ComputeTables.CLOUD, KEY, current.get().version(), Integer.toString(next))
                    : table.putIfAbsent(ComputeTables.CLOUD, KEY, Integer.toString(next), null);
            if (written) {
                return;
            }
        }
    }
}
