package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.compute.Addresses;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.Images;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineTypes;
import io.cloudgate.compute.Machines;
import io.cloudgate.compute.Networks;
import io.cloudgate.compute.SecurityGroups;
import io.cloudgate.compute.Volumes;
import io.cloudgate.compute.Zone;
import io.cloudgate.compute.Zones;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The compute port on OpenStack, over REST: Keystone v3 (tokens, catalog, one project per tenant), Nova (servers,
 * flavors, key pairs, zones), Glance v2 (images) and Neutron v2 (networks, subnets, routers, ports, security
 * groups, floating IPs). Without Cinder, volume operations are refused.
 */
public final class OpenStackCompute implements Compute {
    private final Backend backend;
    private final OpenStackImages images;
    private final OpenStackKeyPairs keyPairs;
    private final OpenStackSecurityGroups securityGroups;
    private final OpenStackNetworks networks;
    private final OpenStackAddresses addresses;
    private final OpenStackMachines machines;
    private final Volumes volumes = new NoBlockStorage();

    private OpenStackCompute(Backend backend, DocumentStore store) {
        this.backend = backend;
        this.images = new OpenStackImages(backend, (account, id) -> machines().find(account, id));
        this.keyPairs = new OpenStackKeyPairs(backend, new TypedTable<>(store.table("openstack-key-pairs"),
                KeyPair.class));
        this.securityGroups = new OpenStackSecurityGroups(backend, new RuleIds(new TypedTable<>(
                store.table("openstack-rule-ids"), RuleIds.Entry.class), backend.clock));
        this.networks = new OpenStackNetworks(backend, securityGroups, () -> zones().list(), TypedTable.cached(
                store.table("openstack-default-networks"), OpenStackNetworks.DefaultNetworkMade.class,
                Duration.ofMinutes(5)));
        this.addresses = new OpenStackAddresses(backend, (account, id) -> machines().find(account, id));
        this.machines = new OpenStackMachines(backend, networks, images, keyPairs, addresses, securityGroups,
                new TypedTable<>(store.table("openstack-terminated-machines"), Machine.class),
                new TypedTable<>(store.table("openstack-user-data"), MachineUserData.class));
    }

    /** The adapter on the OpenStack the settings name; the store keeps project links and terminated machines. */
    public static OpenStackCompute open(OpenStackSettings settings, DocumentStore store, Clock clock) {
        ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .version(HttpClient.Version.HTTP_1_1).build();
        Keystone keystone = new Keystone(settings, http, json, clock);
        OpenStackApi api = new OpenStackApi(keystone, http, json, settings.requestTimeout());
        ProjectLinks links = new ProjectLinks(store, api, keystone, settings);
        return new OpenStackCompute(new Backend(api, links, keystone, settings, clock), store);
    }

    /**
     * Signs in to Keystone with the gateway's own credentials and scope, as every call does when its token is due.
     *
     * @throws io.cloudgate.compute.ComputeException (UNAVAILABLE) naming why it cannot
     */
    public void signIn() {
        backend.keystone().token(null);
    }

    /** Where operators link tenants to existing projects. */
    public ProjectLinks links() {
        return backend.links;
    }

    @Override
    public Zones zones() {
        return () -> {
            List<Zone> zones = new ArrayList<>();
            for (var zone : backend.api.get("compute", null, "/os-availability-zone").require("Zones").body()
                    .path("availabilityZoneInfo")) {
                zones.add(new Zone(zone.path("zoneName").asText(), zone.path("zoneState").path("available")
                        .asBoolean()));
            }
            return zones;
        };
    }

    @Override
    public MachineTypes machineTypes() {
        return () -> backend.types.types(backend.api.get("compute", null, "/flavors/detail").require("Flavors")
                .body().path("flavors"));
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public KeyPairs keyPairs() {
        return keyPairs;
    }

    @Override
    public Networks networks() {
        return networks;
    }

    @Override
    public SecurityGroups securityGroups() {
        return securityGroups;
    }

    @Override
    public Machines machines() {
        return machines;
    }

    @Override
    public Volumes volumes() {
        return volumes;
    }

    @Override
    public Addresses addresses() {
        return addresses;
    }
}
