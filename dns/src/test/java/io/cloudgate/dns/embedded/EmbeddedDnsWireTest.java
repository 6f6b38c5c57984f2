package io.cloudgate.dns.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The embedded server's wire behaviour: EDNS sizes and truncation, malformed input, TCP framing, load, dig. */
class EmbeddedDnsWireTest {
    private static final String ZONE = "wire.example.";
    private static final Duration NO_ANSWER_WAIT = Duration.ofMillis(300);

    private static MvStoreDocumentStore store;
    private static EmbeddedDns dns;
    private static RawDnsClient client;

    @BeforeAll
    static void start() {
        store = MvStoreDocumentStore.inMemory(Clock.systemUTC());
        dns = EmbeddedDns.open(store, Clock.systemUTC(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new Random(1), Duration.ofMillis(300));
        dns.createZone(ZONE,
                RecordSet.of(ZONE, "SOA", 900, List.of("ns1.wire.example. admin.wire.example. 1 2 3 4 300")),
                RecordSet.of(ZONE, "NS", 900, List.of("ns1.wire.example.")));
        dns.apply(ZONE, List.of(
                put("www." + ZONE, "A", "192.0.2.1"), put("www." + ZONE, "TXT", "\"hello\""),
                put("mid." + ZONE, "TXT", texts(8)), put("big." + ZONE, "TXT", texts(20))));
        client = new RawDnsClient(dns.endpoint());
    }

    /** That many TXT values of 100 characters: about 112 bytes each in an answer. */
    private static String[] texts(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"" + (char) ('a' + i) + "x".repeat(99) + "\"")
                .toArray(String[]::new);
    }

    private static RecordSetChange put(String name, String type, String... values) {
        return new RecordSetChange.Put(RecordSet.of(name, type, 60, List.of(values)));
    }

    @AfterAll
    static void stop() {
        dns.close();
        store.close();
    }

    private static Message withEdns(Message query, int payloadSize) {
        query.addRecord(new OPTRecord(payloadSize, 0, 0), Section.ADDITIONAL);
        return query;
    }

    @Test
    void withoutEdnsUdpAnswersOver512BytesAreTruncatedToTheQuestion() {
        byte[] wire = client.udp(RawDnsClient.query("mid." + ZONE, Type.TXT).toWire(), Duration.ofSeconds(2))
                .orElseThrow();

        Message truncated = RawDnsClient.parse(wire);
        assertThat(wire.length).isLessThanOrEqualTo(512);
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(truncated.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(truncated.getQuestion().getName().toString()).isEqualTo("mid." + ZONE);
        assertThat(truncated.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void ednsPayloadSizeIsHonouredAndEchoed() {
        Message fits = client.udp(withEdns(RawDnsClient.query("mid." + ZONE, Type.TXT), 1232));
        assertThat(fits.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(fits.getSection(Section.ANSWER)).hasSize(8);
        assertThat(fits.getOPT().getPayloadSize()).isEqualTo(QueryResponder.ADVERTISED_UDP_PAYLOAD);

        Message tooBig = client.udp(withEdns(RawDnsClient.query("big." + ZONE, Type.TXT), 1232));
        assertThat(tooBig.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(tooBig.getOPT()).isNotNull();

        Message large = client.udp(withEdns(RawDnsClient.query("big." + ZONE, Type.TXT), 4096));
        assertThat(large.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(large.getSection(Section.ANSWER)).hasSize(20);

        Message belowMinimum = client.udp(withEdns(RawDnsClient.query("www." + ZONE, Type.A), 100));
        assertThat(belowMinimum.getSection(Section.ANSWER)).hasSize(1);
    }

    @Test
    void resolverRetriesTruncatedAnswersOverTcp() throws IOException {
        SimpleResolver resolver = new SimpleResolver(dns.endpoint());
        resolver.setEDNS(null);
        resolver.setTimeout(Duration.ofSeconds(2));

        Message response = resolver.send(RawDnsClient.query("big." + ZONE, Type.TXT));

        assertThat(response.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(response.getSection(Section.ANSWER)).hasSize(20);
    }

    @Test
    void garbageNeverStopsTheServer() {
        assertThat(client.udp(new byte[] {1, 2, 3, 4, 5}, NO_ANSWER_WAIT)).isEmpty();
        byte[] questionPromisedButMissing = {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0};
        Message formErr = RawDnsClient.parse(client.udp(questionPromisedButMissing, NO_ANSWER_WAIT).orElseThrow());
        assertThat(formErr.getHeader().getID()).isEqualTo(0x1234);
        assertThat(formErr.getRcode()).isEqualTo(Rcode.FORMERR);
        assertThat(formErr.getHeader().getFlag(Flags.QR)).isTrue();

        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[12 + random.nextInt(200)];
            random.nextBytes(junk);
            junk[2] &= 0x7F;
            client.udp(junk, Duration.ofMillis(20));
        }
        assertThat(client.udp(RawDnsClient.query("www." + ZONE, Type.A)).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void responsesAreNotAnswered() {
        Message response = RawDnsClient.query("www." + ZONE, Type.A);
        response.getHeader().setFlag(Flags.QR);

        assertThat(client.udp(response.toWire(), NO_ANSWER_WAIT)).isEmpty();
    }

    @Test
    void otherOpcodesAreNotImplementedAndOtherEdnsVersionsAreBadvers() {
        Message notify = RawDnsClient.query(ZONE, Type.SOA);
        notify.getHeader().setOpcode(Opcode.NOTIFY);
        Message notImplemented = client.udp(notify);
        assertThat(notImplemented.getRcode()).isEqualTo(Rcode.NOTIMP);
        assertThat(notImplemented.getHeader().getOpcode()).isEqualTo(Opcode.NOTIFY);

        Message ednsVersion1 = RawDnsClient.query("www." + ZONE, Type.A);
        ednsVersion1.addRecord(new OPTRecord(1232, 0, 1), Section.ADDITIONAL);
        assertThat(client.udp(ednsVersion1).getRcode()).isEqualTo(Rcode.BADVERS);

        assertThat(client.udp(new Message()).getRcode()).isEqualTo(Rcode.FORMERR);
    }

    @Test
    void anyIsAnsweredWithEverySetAtTheName() {
        Message any = client.udp(withEdns(RawDnsClient.query("www." + ZONE, Type.ANY), 1232));

        assertThat(any.getSection(Section.ANSWER)).extracting(r -> Type.string(r.getType()))
                .containsExactlyInAnyOrder("A", "TXT");
    }

    @Test
    void oneTcpConnectionCarriesSeveralQueriesEvenAfterGarbage() {
        List<Message> answers = client.tcp(List.of(RawDnsClient.query("www." + ZONE, Type.A).toWire(),
                new byte[] {0x43, 0x21, 0x01, 0x00, 0x00, 0x05, 0, 0, 0, 0, 0, 0, 9, 9},
                RawDnsClient.query("big." + ZONE, Type.TXT).toWire()));

        assertThat(answers.get(0).getSection(Section.ANSWER)).hasSize(1);
        assertThat(answers.get(1).getRcode()).isEqualTo(Rcode.FORMERR);
        assertThat(answers.get(2).getSection(Section.ANSWER)).hasSize(20);
        assertThat(answers.get(2).getHeader().getFlag(Flags.TC)).isFalse();
    }

    @Test
    void idleTcpConnectionsAreClosed() throws IOException {
        try (Socket socket = new Socket(dns.endpoint().getAddress(), dns.endpoint().getPort())) {
            socket.setSoTimeout(3000);
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();

            assertThat(in.read()).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200),
                    Duration.ofMillis(2500));
        }
    }

    @Test
    void concurrentQueriesAreAllAnswered() throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> results = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                results.add(clients.submit(() -> IntStream.range(0, 50)
                        .filter(i -> client.udp(RawDnsClient.query(i % 2 == 0 ? "www." + ZONE : "missing." + ZONE,
                                Type.A)).getRcode() == (i % 2 == 0 ? Rcode.NOERROR : Rcode.NXDOMAIN))
                        .count()));
            }
            for (Future<Long> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(50);
            }
        }
    }

    @Test
    void digReadsTheAnswer() throws Exception {
        ProcessBuilder dig = new ProcessBuilder("dig", "@127.0.0.1", "-p", String.valueOf(dns.endpoint().getPort()),
                "WWW." + ZONE, "A", "+short", "+tries=1", "+time=2").redirectErrorStream(true);
        Process process;
        try {
            process = dig.start();
        } catch (IOException notInstalled) {
            Assumptions.abort("dig is not installed (Debian package bind9-dnsutils)");
            return;
        }
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("192.0.2.1");
    }
}
