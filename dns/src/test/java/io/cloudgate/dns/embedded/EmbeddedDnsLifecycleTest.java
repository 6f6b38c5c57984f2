package io.cloudgate.dns.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The embedded server's state: durability across reopen, store failures, seeded choices, clock, health. */
class EmbeddedDnsLifecycleTest {
    private static final String ZONE = "life.example.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private static EmbeddedDns open(DocumentStore store, long seed) {
        return EmbeddedDns.open(store, CLOCK, LOOPBACK, new Random(seed), EmbeddedDns.DEFAULT_TCP_IDLE);
    }

    private static void createZone(EmbeddedDns dns) {
        createZone(dns, ZONE);
    }

    private static void createZone(EmbeddedDns dns, String zone) {
        dns.createZone(zone, RecordSet.of(zone, "SOA", 900, List.of("ns1." + zone + " admin." + zone + " 1 2 3 4 60")),
                RecordSet.of(zone, "NS", 900, List.of("ns1." + zone)));
    }

    private static RecordSetChange put(String name, String type, String... values) {
        return new RecordSetChange.Put(RecordSet.of(name, type, 60, List.of(values)));
    }

    private static List<String> answer(EmbeddedDns dns, String name, int type) throws IOException {
        SimpleResolver resolver = new SimpleResolver(dns.endpoint());
        resolver.setTimeout(Duration.ofSeconds(2));
        Message response = resolver.send(RawDnsClient.query(name, type));
        return response.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
    }

    @Test
    void reopenedStoreServesTheSameZonesAndSerials(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dns.mv");
        try (MvStoreDocumentStore store = MvStoreDocumentStore.open(file, CLOCK); EmbeddedDns dns = open(store, 1)) {
            createZone(dns);
            dns.apply(ZONE, List.of(put("www." + ZONE, "A", "192.0.2.1"), put("*.w." + ZONE, "TXT", "\"wild\"")));
            dns.apply(ZONE, List.of(put("www." + ZONE, "A", "192.0.2.2"),
                    new RecordSetChange.Remove("*.w." + ZONE, "TXT")));
            createZone(dns, "gone.example.");
            dns.deleteZone("gone.example.");
        }
        try (MvStoreDocumentStore store = MvStoreDocumentStore.open(file, CLOCK); EmbeddedDns dns = open(store, 1)) {
            assertThat(dns.servedSerial(ZONE)).hasValue(3);
            assertThat(answer(dns, "www." + ZONE, Type.A)).containsExactly("192.0.2.2");
            assertThat(answer(dns, "x.w." + ZONE, Type.TXT)).isEmpty();
            assertThat(dns.servedSerial("gone.example.")).isEmpty();
            assertThat(dns.recordSets(ZONE)).extracting(RecordSet::type).containsExactly("NS", "SOA", "A");
            assertThat(dns.apply(ZONE, List.of(put("new." + ZONE, "A", "192.0.2.3")))).isEqualTo(4);
        }
    }

    @Test
    void failedJournalWriteAppliesNothing() throws IOException {
        FailingDocumentStore store = new FailingDocumentStore(MvStoreDocumentStore.inMemory(CLOCK));
        try (store; EmbeddedDns dns = open(store, 1)) {
            createZone(dns);
            store.failWritesTo("dns_zones");

            assertThatThrownBy(() -> dns.apply(ZONE, List.of(put("www." + ZONE, "A", "192.0.2.1"))))
                    .isInstanceOfSatisfying(DnsException.class,
                            e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.UNAVAILABLE));
            assertThat(answer(dns, "www." + ZONE, Type.A)).isEmpty();
            assertThat(dns.servedSerial(ZONE)).hasValue(1);

            store.heal();
            assertThat(dns.apply(ZONE, List.of(put("www." + ZONE, "A", "192.0.2.1")))).isEqualTo(2);
        }
    }

    /** The journal is the commit point: record writes that fail after it are finished later, not lost. */
    @Test
    void committedBatchWhoseRecordWritesFailedIsFinishedOnReopen() throws IOException {
        MvStoreDocumentStore backing = MvStoreDocumentStore.inMemory(CLOCK);
        FailingDocumentStore store = new FailingDocumentStore(backing);
        try (EmbeddedDns dns = open(store, 1)) {
            createZone(dns);
            store.failWritesTo("dns_records");
            assertThat(dns.apply(ZONE, List.of(put("www." + ZONE, "A", "192.0.2.1")))).isEqualTo(2);
            assertThat(answer(dns, "www." + ZONE, Type.A)).containsExactly("192.0.2.1");
        }
        store.heal();
        try (EmbeddedDns dns = open(store, 1)) {
            assertThat(dns.servedSerial(ZONE)).hasValue(2);
            assertThat(answer(dns, "www." + ZONE, Type.A)).containsExactly("192.0.2.1");
        }
        assertThat(backing.table("dns_zones").get("zones", ZONE).orElseThrow().json())
                .contains("2025-03-01T10:00:00Z").contains("\"pending\":null");
        backing.close();
    }

    @Test
    void seededRandomnessMakesWeightedChoicesRepeatable() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(CLOCK); EmbeddedDns dns = open(store, 42)) {
                createZone(dns);
                dns.apply(ZONE, List.of(new RecordSetChange.Put(new RecordSet("w." + ZONE, "A", 0, List.of(
                        new RecordSet.Choice(1, List.of("192.0.2.1")),
                        new RecordSet.Choice(1, List.of("192.0.2.2")))))));
                List<String> picks = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    picks.addAll(answer(dns, "w." + ZONE, Type.A));
                }
                runs.add(picks);
            }
        }
        assertThat(runs.get(0)).containsOnly("192.0.2.1", "192.0.2.2").contains("192.0.2.1", "192.0.2.2");
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    @Test
    void healthReportsServingUntilClosed() {
        try (MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(CLOCK)) {
            EmbeddedDns dns = open(store, 1);
            createZone(dns);
            assertThat(dns.health().serving()).isTrue();
            assertThat(dns.health().detail()).contains(String.valueOf(dns.endpoint().getPort())).contains("1 zones");

            dns.close();

            assertThat(dns.health().serving()).isFalse();
            assertThat(dns.servedSerial(ZONE)).isEmpty();
        }
    }

    @Test
    void fixedPortThatIsTakenIsUnavailable() {
        try (MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(CLOCK); EmbeddedDns first = open(store, 1)) {
            assertThatThrownBy(() -> EmbeddedDns.open(store, CLOCK, first.endpoint()))
                    .isInstanceOfSatisfying(DnsException.class,
                            e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.UNAVAILABLE));
        }
    }

    @Test
    void answersRefusedForOtherClasses() {
        try (MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(CLOCK); EmbeddedDns dns = open(store, 1)) {
            createZone(dns);
            Message chaos = RawDnsClient.query(ZONE, Type.SOA);
            Record question = Record.newRecord(chaos.getQuestion().getName(), Type.SOA, DClass.CH);
            chaos.removeAllRecords(Section.QUESTION);
            chaos.addRecord(question, Section.QUESTION);

            assertThat(new RawDnsClient(dns.endpoint()).udp(chaos).getRcode()).isEqualTo(Rcode.REFUSED);
        }
    }
}
