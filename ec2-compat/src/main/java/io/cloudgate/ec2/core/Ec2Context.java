package io.cloudgate.ec2.core;

import io.cloudgate.compute.Compute;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;

/**
 * What EC2 operations share: the cloud behind the compute port, id mapping, tags, the store for state
 * only the EC2 layer has (instance attributes, launch templates), the region and the clock.
 */
public record Ec2Context(Compute compute, Ec2Ids ids, TagStore tags, DocumentStore store, String region, Clock clock) {
    public static Ec2Context of(Compute compute, DocumentStore store, String region, Clock clock) {
        return new Ec2Context(compute, new Ec2Ids(store), new TagStore(store, clock), store, region, clock);
    }
}
