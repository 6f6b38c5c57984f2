package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PowerDNS going away and coming back under one adapter instance. */
class PowerDnsOutageTest {

    private static final String ZONE = "outage.example.";
    private static PowerDnsServer server;
    private static PowerDnsAdapter adapter;

    @BeforeAll
    static void startPowerDns() throws Exception {
        assumeTrue(PowerDnsServer.binary().isPresent(),
                "pdns_server is not installed (Debian packages pdns-server, pdns-backend-sqlite3, sqlite3)");
        server = PowerDnsServer.start();
        adapter = new PowerDnsAdapter(server.settings());
    }

    @AfterAll
    static void stopPowerDns() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static RecordSetChange.Put put(String name, String value) {
        return new RecordSetChange.Put(RecordSet.of(name, "A", 60, List.of(value)));
    }

    @Test
    void aStoppedServerIsReportedUnavailableQuicklyAndWorkResumesAfterItsRestart() throws Exception {
        adapter.createZone(ZONE, RecordSet.of(ZONE, "SOA", 900, List.of("ns1." + ZONE + " h." + ZONE + " 1 2 3 4 5")),
                RecordSet.of(ZONE, "NS", 900, List.of("ns1." + ZONE)));
        adapter.apply(ZONE, List.of(put("before." + ZONE, "192.0.2.1")));

        server.stop();

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            assertUnavailable(() -> adapter.apply(ZONE, List.of(put("during." + ZONE, "192.0.2.2"))));
            assertUnavailable(() -> adapter.recordSets(ZONE));
            assertUnavailable(() -> adapter.createZone("other.example.",
                    RecordSet.of("other.example.", "SOA", 900, List.of("ns. h. 1 2 3 4 5")),
                    RecordSet.of("other.example.", "NS", 900, List.of("ns."))));
            assertThat(adapter.health().serving()).isFalse();
            assertThat(adapter.servedSerial(ZONE)).isEmpty();
        });

        server.restart();

        assertThat(adapter.health().serving()).isTrue();
        assertThat(adapter.servedSerial(ZONE)).hasValue(2);
        assertThat(adapter.recordSets(ZONE)).extracting(RecordSet::name)
                .contains("before." + ZONE).doesNotContain("during." + ZONE);
        assertThat(adapter.apply(ZONE, List.of(put("after." + ZONE, "192.0.2.3")))).isEqualTo(3);
        assertThat(new DnsQueries(adapter.endpoint()).answers("after." + ZONE, "A", false))
                .containsExactly("192.0.2.3");
    }

    private static void assertUnavailable(Executable call) {
        DnsException e = assertThrows(DnsException.class, call);
        assertThat(e.kind()).isEqualTo(DnsException.Kind.UNAVAILABLE);
        assertThat(e.getMessage()).doesNotContain(server.settings().apiKey());
    }
}
