package io.cloudgate.elb.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.security.SecureRandom;

/**
 * Hands every balancer its own loopback address (127.0.0.0/8 is all local on Linux), so that every balancer can
 * listen on any port. Allocations are durable: a balancer keeps its address across restarts. Balancers take
 * addresses from 127.64.0.0/11 (127.64.0.1 - 127.95.255.254), clear of 127.0.0.1 and of the addresses the
 * embedded cloud gives machines.
 */
public final class BalancerAddresses {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PARTITION = "ipv4";
    private static final int ATTEMPTS = 64;

    private final TypedTable<Allocation> table;

    /** @param owner the balancer's ARN */
    public record Allocation(String address, String owner) {
    }

    public BalancerAddresses(DocumentStore store) {
        this.table = new TypedTable<>(store.table("elb-addresses"), Allocation.class);
    }

    /** A fresh address for the balancer; distinct from every other balancer's. */
    public String allocate(String owner) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String address = "127." + (64 + RANDOM.nextInt(32)) + "." + RANDOM.nextInt(256) + "."
                    + (1 + RANDOM.nextInt(254));
            if (table.putIfAbsent(PARTITION, address, new Allocation(address, owner), null)) {
                return address;
            }
        }
        throw new AwsException(500, "InternalFailure", "No free load balancer address");
    }

    public void release(String address) {
        table.delete(PARTITION, address);
    }
}
