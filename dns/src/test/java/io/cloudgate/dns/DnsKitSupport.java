package io.cloudgate.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * What the compatibility checks share: the adapter, fresh uniquely named zones (so that one slow-to-start server
 * can serve a whole test class), their cleanup, and real DNS queries over UDP and TCP with dnsjava.
 */
public abstract class DnsKitSupport {
    /** SOA TTL and minimum of kit zones; negative answers must carry the smaller. */
    protected static final long SOA_TTL = 900;
    protected static final long SOA_MINIMUM = 300;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SERVE_TIMEOUT = Duration.ofSeconds(10);

    private final List<String> createdZones = new ArrayList<>();

    /**
     * The adapter under test, the same instance for every call. Start it once per test class (a static
     * {@code @BeforeAll}) and close it in {@code @AfterAll}; the kit deletes the zones each test created.
     */
    protected abstract AuthoritativeDns dns();

    @AfterEach
    void deleteCreatedZones() {
        for (String zone : createdZones) {
            try {
                dns().deleteZone(zone);
            } catch (DnsException e) {
                assertThat(e.kind()).isEqualTo(DnsException.Kind.NO_SUCH_ZONE);
            }
        }
        createdZones.clear();
    }

    /** A zone of a name no other test uses, with the kit's SOA and two in-zone name servers, being served. */
    protected String newZone() {
        String zone = "kit" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)
                + ".example.";
        dns().createZone(zone, soaOf(zone), nameServersOf(zone));
        createdZones.add(zone);
        awaitServed(zone, 1);
        return zone;
    }

    protected static RecordSet soaOf(String zone) {
        return RecordSet.of(zone, "SOA", SOA_TTL, List.of("ns1." + zone + " hostmaster." + zone + " 1 7200 900 1209600 "
                + SOA_MINIMUM));
    }

    protected static RecordSet nameServersOf(String zone) {
        return RecordSet.of(zone, "NS", 3600, List.of("ns1." + zone, "ns2." + zone));
    }

    /** Applies the changes and waits until the server answers with the new serial, as GetChange would. */
    protected long change(String zone, RecordSetChange... changes) {
        long serial = dns().apply(zone, List.of(changes));
        awaitServed(zone, serial);
        return serial;
    }

    protected static RecordSetChange put(String name, String type, long ttl, String... values) {
        return new RecordSetChange.Put(RecordSet.of(name, type, ttl, List.of(values)));
    }

    protected void awaitServed(String zone, long serial) {
        long deadline = System.nanoTime() + SERVE_TIMEOUT.toNanos();
        OptionalLong served = dns().servedSerial(zone);
        while ((served.isEmpty() || served.getAsLong() < serial) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
            served = dns().servedSerial(zone);
        }
        assertThat(served).as("serial served for %s", zone).hasValue(serial);
    }

    protected Message udp(String name, int type) {
        return query(name, type, false);
    }

    protected Message tcp(String name, int type) {
        return query(name, type, true);
    }

    protected Message query(String name, int type, boolean overTcp) {
        try {
            return resolver(overTcp).send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer for " + name + " " + Type.string(type), e);
        }
    }

    protected SimpleResolver resolver(boolean overTcp) {
        SimpleResolver resolver = new SimpleResolver(dns().endpoint());
        resolver.setTimeout(QUERY_TIMEOUT);
        resolver.setTCP(overTcp);
        return resolver;
    }

    /** The data of the answer records of one type, in presentation format. */
    protected static List<String> answerData(Message response, int type) {
        return response.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type)
                .map(Record::rdataToString).toList();
    }

    /** How dnsjava presents a value once parsed, which is how it comes back in an answer. */
    protected static String presented(String zone, String type, String value) {
        try {
            return Record.fromString(Name.fromString(zone), Type.value(type), DClass.IN, 60, value,
                    Name.fromString(zone)).rdataToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
