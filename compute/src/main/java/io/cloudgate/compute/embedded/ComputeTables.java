package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Subnet;
import io.cloudgate.compute.Volume;
import io.cloudgate.compute.embedded.StoredRecords.AccountDoc;
import io.cloudgate.compute.embedded.StoredRecords.ImageDoc;
import io.cloudgate.compute.embedded.StoredRecords.ImageGrant;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import io.cloudgate.compute.embedded.StoredRecords.PoolEntry;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import java.util.UUID;
import java.util.function.Function;

/**
 * The embedded cloud's tables. Account resources are partitioned by account id (keyed by their id, key
 * pairs by name), so listing an account's resources is one partition scan; image grants are partitioned by
 * the grantee; the public address pool and the vCPU counter are cloud-wide and not cached.
 */
final class ComputeTables {
    static final String PUBLIC_GRANTEE = "*public*";
    static final String CLOUD = "cloud";
    static final String ACCOUNT_KEY = "account";

    final CachedTable<MachineDoc> machines;
    final CachedTable<Volume> volumes;
    final CachedTable<Snapshot> snapshots;
    final CachedTable<ImageDoc> images;
    final CachedTable<ImageGrant> imageGrants;
    final CachedTable<KeyPair> keyPairs;
    final CachedTable<Network> networks;
    final CachedTable<Subnet> subnets;
    final CachedTable<SecurityGroup> securityGroups;
    final CachedTable<Address> addresses;
    final TypedTable<PoolEntry> publicAddresses;
    final CachedTable<AccountDoc> accounts;
    final Table capacity;
    final Table loopback;

    ComputeTables(DocumentStore store) {
        machines = cached(store, "compute-machines", MachineDoc.class, d -> d.machine().id());
        volumes = cached(store, "compute-volumes", Volume.class, Volume::id);
        snapshots = cached(store, "compute-snapshots", Snapshot.class, Snapshot::id);
        images = cached(store, "compute-images", ImageDoc.class, d -> d.image().id());
        imageGrants = cached(store, "compute-image-grants", ImageGrant.class, ImageGrant::imageId);
        keyPairs = cached(store, "compute-key-pairs", KeyPair.class, KeyPair::name);
        networks = cached(store, "compute-networks", Network.class, Network::id);
        subnets = cached(store, "compute-subnets", Subnet.class, Subnet::id);
        securityGroups = cached(store, "compute-security-groups", SecurityGroup.class, SecurityGroup::id);
        addresses = cached(store, "compute-addresses", Address.class, Address::id);
        publicAddresses = new TypedTable<>(store.table("compute-public-addresses"), PoolEntry.class);
        accounts = cached(store, "compute-accounts", AccountDoc.class, a -> ACCOUNT_KEY);
        capacity = store.table("compute-capacity");
        loopback = store.table("compute-loopback-addresses");
    }

    private static <T> CachedTable<T> cached(DocumentStore store, String name, Class<T> type, Function<T,
            String> keyOf) {
        return new CachedTable<>(new TypedTable<>(store.table(name), type), keyOf);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
