package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.RawResponse;
import io.cloudgate.cloudstack.client.TestKeys;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every call of a tenant names its CloudStack account and domain; an unlinked tenant reaches nothing. */
class TenantIsolationTest {
    @Test
    void callsActForTheLinkedAccountOnly() {
        List<Map<String, String>> sent = new ArrayList<>();
        CloudStackClient client = new CloudStackClient(TestKeys.RECORDER, request -> {
            sent.add(request.params());
            return new RawResponse(200, "{\"listsshkeypairsresponse\":{}}");
        });
        Clock clock = Clock.systemUTC();
        CloudStackCompute compute = CloudStackCompute.create(client, CloudStackSettings.of(URI.create("http://cs"),
                TestKeys.RECORDER, Map.of()), MvStoreDocumentStore.inMemory(clock), clock, null, d -> { });
        compute.links().link(new AccountLink("tenant-a", "acme", "dom-1", false));
        compute.links().link(new AccountLink("tenant-b", "globex", "dom-2", false));

        assertThat(compute.keyPairs().list("tenant-a")).isEmpty();
        assertThat(compute.keyPairs().list("tenant-b")).isEmpty();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).containsEntry("account", "acme").containsEntry("domainid", "dom-1");
        assertThat(sent.get(1)).containsEntry("account", "globex").containsEntry("domainid", "dom-2");

        assertThatThrownBy(() -> compute.keyPairs().list("tenant-unlinked"))
                .isInstanceOfSatisfying(ComputeException.class,
                        e -> assertThat(e.kind()).isEqualTo(ComputeException.Kind.UNAVAILABLE));
        assertThat(sent).hasSize(2);
    }

    @Test
    void repeatedListsWithinTheTtlAreServedFromTheCache() {
        List<Map<String, String>> sent = new ArrayList<>();
        CloudStackClient client = new CloudStackClient(TestKeys.RECORDER, request -> {
            sent.add(request.params());
            return new RawResponse(200, "{\"listsshkeypairsresponse\":{}}");
        });
        Clock clock = Clock.systemUTC();
        CloudStackCompute compute = CloudStackCompute.create(client, CloudStackSettings.of(URI.create("http://cs"),
                TestKeys.RECORDER, Map.of()), MvStoreDocumentStore.inMemory(clock), clock, null, d -> { });
        compute.links().link(new AccountLink("tenant-a", "acme", "dom-1", false));
        for (int i = 0; i < 5; i++) {
            compute.keyPairs().list("tenant-a");
        }
        assertThat(sent).hasSize(1);
    }
}
