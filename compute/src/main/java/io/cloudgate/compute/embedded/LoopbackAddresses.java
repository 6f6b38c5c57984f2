package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.store.Table;

/**
 * Gives each machine its own address in 127.0.0.0/8 (127.0.1.0 to 127.255.255.254), on which the simulated
 * cloud serves what the machine would (load balancers reach their targets there). Addresses are cloud-wide:
 * a conditional write on the address claims it, so two launches never share one; terminating gives it back.
 * The first address tried is derived from the machine id, so claims rarely collide.
 */
final class LoopbackAddresses {
    private static final String PARTITION = "loopback";
    /** 127.0.1.0: the lowest addresses (127.0.0.1 and its neighbours) are left to the host. */
    private static final long FIRST = (127L << 24) + 256;
    private static final long COUNT = (128L << 24) - 2 - FIRST;
    private static final int MAX_ATTEMPTS = 1000;

    private final Table table;

    LoopbackAddresses(Table table) {
        this.table = table;
    }

    String claim(String machineId) {
        long start = Math.floorMod((long) machineId.hashCode() * 2654435761L, COUNT);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String address = text(FIRST + (start + attempt) % COUNT);
            if (table.putIfAbsent(PARTITION, address, "{\"machineId\":\"" + machineId + "\"}", null)) {
                return address;
            }
        }
        throw new ComputeException(Kind.CAPACITY, "No free loopback address for machine " + machineId);
    }

    void release(String address) {
        if (address != null) {
            table.delete(PARTITION, address);
        }
    }

    private static String text(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }
}
