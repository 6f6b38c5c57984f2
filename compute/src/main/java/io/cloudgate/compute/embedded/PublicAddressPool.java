package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Cidr;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.embedded.StoredRecords.PoolEntry;
import io.cloudgate.store.TypedTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cloud-wide pool of public addresses. Each address in use is a document claimed with putIfAbsent,
 * so two accounts can never get the same one. The lowest free address is handed out first.
 */
final class PublicAddressPool {
    static final String ALLOCATED = "address";
    static final String AUTOMATIC = "machine";

    private final TypedTable<PoolEntry> table;
    private final List<Cidr> blocks;

    PublicAddressPool(TypedTable<PoolEntry> table, List<String> cidrs) {
        this.table = table;
        this.blocks = cidrs.stream().map(Cidr::parse).toList();
    }

    /** Claims a free address; throws CAPACITY when the pool is exhausted. */
    String claim(String owner, String use) {
        Set<String> taken = new HashSet<>();
        while (true) {
            String candidate = firstFree(taken);
            if (candidate == null) {
                throw new ComputeException(Kind.CAPACITY, "The cloud has no public addresses left");
            }
            if (table.putIfAbsent(ComputeTables.CLOUD, candidate, new PoolEntry(owner, use), null)) {
                return candidate;
            }
            taken.add(candidate);
        }
    }

    void release(String address) {
        if (address != null) {
            table.delete(ComputeTables.CLOUD, address);
        }
    }

    private String firstFree(Set<String> knownTaken) {
        for (Cidr block : blocks) {
            // Skip the network and broadcast addresses of each block.
            for (long offset = 1; offset < block.size() - 1; offset++) {
                String address = block.address(offset);
                if (!knownTaken.contains(address) && table.get(ComputeTables.CLOUD, address).isEmpty()) {
                    return address;
                }
            }
        }
        return null;
    }
}
