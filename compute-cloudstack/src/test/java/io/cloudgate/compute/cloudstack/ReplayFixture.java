package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.ReplayingTransport;
import io.cloudgate.cloudstack.client.TestKeys;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** A CloudStackCompute on a replaying transport, ticked by hand, with the tenant "tenant-a" on the admin keys. */
final class ReplayFixture {
    static final String TENANT = "tenant-a";
    final ReplayingTransport replay = new ReplayingTransport(TestKeys.RECORDER.secretKey());
    final Clock clock = Clock.fixed(Instant.parse("2026-11-21T06:00:00Z"), ZoneOffset.UTC);
    final CloudStackCompute compute;

    ReplayFixture(int deploysPerSecond) {
        CloudStackSettings defaults = CloudStackSettings.of(URI.create("http://cs.test:8080/client/api"),
                TestKeys.RECORDER, Map.of("t3.micro", "Small Instance", "t3.small", "Medium Instance"));
        CloudStackSettings settings = new CloudStackSettings(defaults.endpoint(), defaults.credentials(),
                defaults.instanceTypes(), Map.of(), "Sandbox-simulator-sg", deploysPerSecond, defaults.pollInterval(),
                defaults.listCacheTtl(), defaults.catalogTtl(), defaults.requestTimeout());
        compute = CloudStackCompute.create(new CloudStackClient(TestKeys.RECORDER, replay), settings,
                MvStoreDocumentStore.inMemory(clock), clock, null, duration -> { });
        compute.links().link(new AccountLink(TENANT, "admin", "9f2495a9-e567-11f1-98b2-62e5580a28ab", true));
    }

    /** The catalog calls a first launch makes: zones, offerings, featured templates. */
    void expectCatalog() {
        replay.expect("recordings/discovery/001-listZones.json", "recordings/discovery/003-listServiceOfferings.json",
                "recordings/discovery/005-listTemplates.json");
    }
}
