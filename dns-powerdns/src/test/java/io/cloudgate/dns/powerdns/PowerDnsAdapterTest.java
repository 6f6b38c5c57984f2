package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The adapter against a real pdns_server: what PowerDNS answers over DNS after each call, and its refusals. */
class PowerDnsAdapterTest {

    private static final AtomicInteger ZONES = new AtomicInteger();
    private static PowerDnsServer server;
    private static PowerDnsAdapter adapter;
    private static DnsQueries dns;

    @BeforeAll
    static void startPowerDns() throws Exception {
        assumeTrue(PowerDnsServer.binary().isPresent(),
                "pdns_server is not installed (Debian packages pdns-server, pdns-backend-sqlite3, sqlite3)");
        server = PowerDnsServer.start();
        adapter = new PowerDnsAdapter(server.settings());
        dns = new DnsQueries(server.dnsEndpoint());
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

    private static String newZone() {
        String zone = "zone" + ZONES.incrementAndGet() + ".example.";
        adapter.createZone(zone, RecordSet.of(zone, "SOA", 900,
                        List.of("ns1." + zone + " hostmaster." + zone + " 77 7200 900 1209600 300")),
                RecordSet.of(zone, "NS", 172800, List.of("ns1." + zone, "ns2." + zone)));
        return zone;
    }

    private static RecordSetChange put(String name, String type, long ttl, String... values) {
        return new RecordSetChange.Put(RecordSet.of(name, type, ttl, List.of(values)));
    }

    @Test
    void changesAnswerOverUdpAndTcpAndRaiseTheServedSerial() throws Exception {
        String zone = newZone();
        assertThat(adapter.servedSerial(zone)).hasValue(1);

        long serial = adapter.apply(zone, List.of(
                put("www." + zone, "A", 60, "192.0.2.1", "192.0.2.2"),
                put("txt." + zone, "TXT", 60, "\"hello world\" \"second\"", "unquoted"),
                put("mail." + zone, "MX", 300, "10 mx." + zone)));

        assertThat(serial).isEqualTo(2);
        assertThat(adapter.servedSerial(zone)).hasValue(2);
        assertThat(dns.answers("www." + zone, "A", false)).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(dns.answers("www." + zone, "A", true)).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(dns.answers("txt." + zone, "TXT", false)).containsExactly("\"hello world\" \"second\"",
                "\"unquoted\"");
        Message missing = dns.ask("nothing." + zone, "A", false);
        assertThat(missing.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(missing.getHeader().getFlag(Flags.AA)).isTrue();
    }

    @Test
    void weightedChoicesArePickedPerQueryWithAllTheirValuesAndReadBack() throws Exception {
        String zone = newZone();
        RecordSet weighted = new RecordSet("w." + zone, "A", 30, List.of(
                new RecordSet.Choice(1, List.of("192.0.2.1")),
                new RecordSet.Choice(1, List.of("192.0.2.2", "192.0.2.3")),
                new RecordSet.Choice(0, List.of("192.0.2.9"))));
        RecordSet weightedText = new RecordSet("w." + zone, "TXT", 60, List.of(
                new RecordSet.Choice(0, List.of("\"say \\\"hi\\\"\" \"x\"")),
                new RecordSet.Choice(0, List.of("\"back\\\\slash\""))));
        adapter.apply(zone, List.of(new RecordSetChange.Put(weighted), new RecordSetChange.Put(weightedText),
                put("w." + zone, "AAAA", 60, "2001:db8::1")));

        Set<List<String>> answered = new HashSet<>();
        Set<List<String>> texts = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            answered.add(dns.answers("w." + zone, "A", i % 2 == 0));
            texts.add(dns.answers("w." + zone, "TXT", false));
        }
        assertThat(answered).containsExactlyInAnyOrder(List.of("192.0.2.1"), List.of("192.0.2.2", "192.0.2.3"));
        assertThat(texts).containsExactlyInAnyOrder(List.of("\"say \\\"hi\\\"\" \"x\""), List.of("\"back\\\\slash\""));
        assertThat(dns.answers("w." + zone, "AAAA", false)).containsExactly("2001:db8:0:0:0:0:0:1");
        assertThat(adapter.recordSets(zone)).contains(weighted, weightedText);
    }

    @Test
    void aHundredWeightedChoicesStayWithinPowerDnsLuaLimits() throws Exception {
        String zone = newZone();
        List<RecordSet.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            choices.add(new RecordSet.Choice(i % 7, List.of("\"choice " + i + " says \\\"hello\\\"\"",
                    "\"second string of " + i + "\"")));
        }
        RecordSet many = new RecordSet("many." + zone, "TXT", 60, choices);
        adapter.apply(zone, List.of(new RecordSetChange.Put(many)));

        Message response = dns.ask("many." + zone, "TXT", false);

        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(dns.answers("many." + zone, "TXT", true)).hasSize(2);
        assertThat(adapter.recordSets(zone)).contains(many);
    }

    @Test
    void removingOneWeightedTypeKeepsTheOtherWeightedTypesOfTheName() throws Exception {
        String zone = newZone();
        RecordSet a = new RecordSet("x." + zone, "A", 30, List.of(
                new RecordSet.Choice(1, List.of("192.0.2.1")), new RecordSet.Choice(1, List.of("192.0.2.2"))));
        RecordSet cname = new RecordSet("y." + zone, "CNAME", 30, List.of(
                new RecordSet.Choice(1, List.of("a.example.")), new RecordSet.Choice(1, List.of("b.example."))));
        RecordSet aaaa = new RecordSet("x." + zone, "AAAA", 30, List.of(
                new RecordSet.Choice(1, List.of("2001:db8::1")), new RecordSet.Choice(1, List.of("2001:db8::2"))));
        adapter.apply(zone, List.of(new RecordSetChange.Put(a), new RecordSetChange.Put(aaaa),
                new RecordSetChange.Put(cname)));
        adapter.apply(zone, List.of(new RecordSetChange.Remove("x." + zone, "A"),
                put("x." + zone, "TXT", 60, "\"plain\"")));

        assertThat(dns.answers("x." + zone, "A", false)).isEmpty();
        assertThat(dns.answers("x." + zone, "AAAA", false)).hasSize(1);
        assertThat(dns.answers("y." + zone, "CNAME", false)).hasSize(1);
        assertThat(adapter.recordSets(zone)).contains(aaaa, cname)
                .extracting(RecordSet::name, RecordSet::type)
                .doesNotContain(tuple("x." + zone, "A"));
    }

    @Test
    void aBatchPowerDnsRejectsAppliesNothingAndDoesNotShowItsErrorText() throws Exception {
        String zone = newZone();
        long before = adapter.apply(zone, List.of(put("taken." + zone, "A", 60, "192.0.2.1")));

        assertThatThrownBy(() -> adapter.apply(zone, List.of(
                put("fresh." + zone, "A", 60, "192.0.2.7"),
                put("taken." + zone, "CNAME", 60, "elsewhere.example."))))
                .isInstanceOfSatisfying(DnsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD);
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("conflict").doesNotContain("RRset");
                    assertThat(e.getCause()).hasMessageContaining("taken." + zone);
                });

        assertThat(dns.answers("fresh." + zone, "A", false)).isEmpty();
        assertThat(adapter.servedSerial(zone)).hasValue(before);
        assertThat(adapter.recordSets(zone)).extracting(RecordSet::name).doesNotContain("fresh." + zone);
    }

    @Test
    void badDataAndNamesOutsideTheZoneAreRefusedBeforeReachingPowerDns() {
        String zone = newZone();
        assertThatThrownBy(() -> adapter.apply(zone, List.of(put("a." + zone, "A", 60, "192.0.2"))))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD));
        assertThatThrownBy(() -> adapter.apply(zone, List.of(put("a.other.example.", "A", 60, "192.0.2.1"))))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD));
        assertThatThrownBy(() -> adapter.apply(zone, List.of(new RecordSetChange.Remove(zone, "NS"))))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD));
        assertThat(adapter.servedSerial(zone)).hasValue(1);
    }

    @Test
    void theApexSoaCanBeReplacedWhileItsSerialKeepsGrowing() throws Exception {
        String zone = newZone();
        long serial = adapter.apply(zone, List.of(put(zone, "SOA", 600,
                "ns9." + zone + " admin." + zone + " 12345 3600 600 604800 60")));

        assertThat(serial).isEqualTo(2);
        assertThat(dns.answers(zone, "SOA", false))
                .containsExactly("ns9." + zone + " admin." + zone + " 2 3600 600 604800 60");
    }

    @Test
    void zonesAreKnownByName() {
        String zone = newZone();
        RecordSet soa = RecordSet.of(zone, "SOA", 900, List.of("ns1." + zone + " h." + zone + " 1 2 3 4 5"));
        RecordSet ns = RecordSet.of(zone, "NS", 900, List.of("ns1." + zone));
        assertThatThrownBy(() -> adapter.createZone(zone.toUpperCase(), soa, ns))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.ZONE_EXISTS));

        adapter.deleteZone(zone);

        assertThat(adapter.servedSerial(zone)).isEmpty();
        for (Runnable call : List.<Runnable>of(() -> adapter.deleteZone(zone), () -> adapter.recordSets(zone),
                () -> adapter.apply(zone, List.of()))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(DnsException.class,
                    e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.NO_SUCH_ZONE));
        }
    }

    @Test
    void aWrongApiKeyMakesTheBackendUnavailable() {
        PowerDnsSettings real = server.settings();
        try (PowerDnsAdapter wrongKey = new PowerDnsAdapter(new PowerDnsSettings(real.apiUrl(), "wrong",
                real.dnsEndpoint(), real.connectTimeout(), real.requestTimeout(), real.queryTimeout()))) {
            assertThat(wrongKey.health().serving()).isFalse();
            assertThatThrownBy(() -> wrongKey.recordSets("zone1.example."))
                    .isInstanceOfSatisfying(DnsException.class,
                            e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.UNAVAILABLE));
        }
        assertThat(adapter.health().serving()).isTrue();
    }
}
