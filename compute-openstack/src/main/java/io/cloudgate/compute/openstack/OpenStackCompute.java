package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.ComputeParts;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Zone;
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
    private final ComputeParts parts;

    private OpenStackCompute(Backend backend, DocumentStore store) {
        this.backend = backend;
        OpenStackImages images = new OpenStackImages(backend, (account, id) -> machines().find(account, id));
        OpenStackKeyPairs keyPairs = new OpenStackKeyPairs(backend, new TypedTable<>(store.table("openstack-key-pairs"),
                KeyPair.class));
        OpenStackSecurityGroups securityGroups = new OpenStackSecurityGroups(backend, new RuleIds(new TypedTable<>(
                store.table("openstack-rule-ids"), RuleIds.Entry.class), backend.clock));
        OpenStackNetworks networks = new OpenStackNetworks(backend, securityGroups, () -> zones().list(),
                TypedTable.cached(store.table("openstack-default-networks"), OpenStackNetworks.DefaultNetworkMade.class,
                        Duration.ofMinutes(5)));
        OpenStackAddresses addresses = new OpenStackAddresses(backend, (account, id) -> machines().find(account, id));
        OpenStackMachines machines = new OpenStackMachines(backend, networks, images, keyPairs, addresses,
                securityGroups, new TypedTable<>(store.table("openstack-terminated-machines"), Machine.class),
                new TypedTable<>(store.table("openstack-user-data"), MachineUserData.class));
        this.parts = new ComputeParts(this::zoneList, this::flavors, images, keyPairs, networks, securityGroups,
                machines, new NoBlockStorage(), addresses);
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
    public ComputeParts parts() {
        return parts;
    }

    private List<Zone> zoneList() {
        List<Zone> zones = new ArrayList<>();
        for (var zone : backend.api.get("compute", null, "/os-availability-zone").require("Zones").body()
                .path("availabilityZoneInfo")) {
            zones.add(new Zone(zone.path("zoneName").asText(), zone.path("zoneState").path("available")
                    .asBoolean()));
        }
        return zones;
    }

    private List<MachineType> flavors() {
        return backend.types.types(backend.api.get("compute", null, "/flavors/detail").require("Flavors").body()
                .path("flavors"));
    }
}
