package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.embedded.StoredRecords.LoopbackClaim;
import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import java.util.List;

/**
 * Gives each machine its own address in 127.0.0.0/8 (127.0.1.0 to 127.255.255.254), on which the simulated
 * cloud serves what the machine would (load balancers reach their targets there). Addresses are cloud-wide:
 * a conditional write on the address claims it, so two launches never share one; terminating gives it back.
 * The first address tried is derived from the machine id, so claims rarely collide. Each claim is also indexed
 * under its image, so that the machines of one image are found without reading every claim.
 */
final class LoopbackAddresses {
    private static final String PARTITION = "loopback";
    /** Claims by image: partition IMAGE_INDEX + image id, keyed by address like the claims. */
    private static final String IMAGE_INDEX = "image:";
    /** Marks that claims written before the image index existed have been indexed. */
    private static final String INDEX_STATE = "index-state";
    private static final String INDEXED = "by-image";
    /** 127.0.1.0: the lowest addresses (127.0.0.1 and its neighbours) are left to the host. */
    private static final long FIRST = (127L << 24) + 256;
    private static final long COUNT = (128L << 24) - 2 - FIRST;
    private static final int MAX_ATTEMPTS = 1000;

    private final Table rawTable;
    private final TypedTable<LoopbackClaim> table;
    /** Set once the store says claims are indexed, so the fleet's frequent look reads the marker no more. */
    private volatile boolean indexed;

    LoopbackAddresses(Table table) {
        this.rawTable = table;
        this.table = new TypedTable<>(table, LoopbackClaim.class);
    }

    String claim(String account, String machineId, String imageId) {
        long start = Math.floorMod((long) machineId.hashCode() * 2654435761L, COUNT);
        LoopbackClaim claim = new LoopbackClaim(machineId, account, imageId);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String address = text(FIRST + (start + attempt) % COUNT);
            if (table.putIfAbsent(PARTITION, address, claim, null)) {
                table.put(IMAGE_INDEX + imageId, address, claim);
                return address;
            }
        }
        throw new ComputeException(Kind.CAPACITY, "No free loopback address for machine " + machineId);
    }

    void release(String address) {
        if (address != null) {
            table.get(PARTITION, address).ifPresent(claim -> table.delete(IMAGE_INDEX + claim.imageId(), address));
            table.delete(PARTITION, address);
        }
    }

    /**
     * The claims of the image's machines not terminated, across accounts: one read of the image's index, which
     * the web server fleet makes several times a second (reading every claim, one per machine, made a busy cloud
     * of 10,000 machines allocate tens of megabytes a second for it).
     */
    List<LoopbackClaim> claims(String imageId) {
        if (!indexed) {
            if (rawTable.get(INDEX_STATE, INDEXED).isEmpty()) {
                indexEarlierClaims();
            }
            indexed = true;
        }
        return table.scan(IMAGE_INDEX + imageId, null, Integer.MAX_VALUE);
    }

    /** Indexes claims a version without the image index wrote (idempotent; once per store). */
    private void indexEarlierClaims() {
        for (Document document : rawTable.scan(PARTITION, null, Integer.MAX_VALUE)) {
            table.get(PARTITION, document.key()).filter(claim -> claim.imageId() != null)
                    .ifPresent(claim -> table.put(IMAGE_INDEX + claim.imageId(), document.key(), claim));
        }
        rawTable.put(INDEX_STATE, INDEXED, "{}");
    }

    private static String text(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }
}
