package io.cloudgate.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** Zones and batches as seen from DNS: creation, deletion, serials, atomicity, listing, case. */
public abstract class ZoneLifecycleChecks extends DnsKitSupport {

    @ParameterizedTest(name = "over TCP: {0}")
    @ValueSource(booleans = {false, true})
    void newZoneAnswersItsSoaAndNameServersWithAuthority(boolean overTcp) {
        String zone = newZone();

        Message soa = query(zone, Type.SOA, overTcp);
        assertThat(soa.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(soa.getHeader().getFlag(Flags.AA)).isTrue();
        SOARecord record = (SOARecord) soa.getSection(Section.ANSWER).get(0);
        assertThat(record.getSerial()).isEqualTo(1);
        assertThat(record.getHost().toString()).isEqualToIgnoringCase("ns1." + zone);
        assertThat(record.getMinimum()).isEqualTo(SOA_MINIMUM);

        Message ns = query(zone, Type.NS, overTcp);
        assertThat(ns.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answerData(ns, Type.NS)).containsExactlyInAnyOrder("ns1." + zone, "ns2." + zone);
    }

    @Test
    void zoneOfTheSameNameCannotBeCreatedTwice() {
        String zone = newZone();

        assertThatThrownBy(() -> dns().createZone(zone.toUpperCase(Locale.ROOT), soaOf(zone), nameServersOf(zone)))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.ZONE_EXISTS));
    }

    /**
     * After deletion the server must not answer for the zone with authority. Servers legitimately differ in how:
     * most answer REFUSED for names they are not authoritative for, some drop such queries; both are accepted.
     */
    @Test
    void deletedZoneIsNoLongerAnswered() {
        String zone = newZone();
        change(zone, put("www." + zone, "A", 60, "192.0.2.1"));

        dns().deleteZone(zone);

        assertNotAnsweredFor("www." + zone);
        assertThat(dns().servedSerial(zone)).isEmpty();
        assertThatThrownBy(() -> dns().deleteZone(zone)).isInstanceOfSatisfying(DnsException.class,
                e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.NO_SUCH_ZONE));
        assertThatThrownBy(() -> dns().recordSets(zone)).isInstanceOfSatisfying(DnsException.class,
                e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.NO_SUCH_ZONE));
    }

    @Test
    void namesInNoZoneAreRefused() {
        newZone();

        assertNotAnsweredFor("nothing-here-" + System.nanoTime() + ".invalid.");
    }

    private void assertNotAnsweredFor(String name) {
        Message response;
        try {
            response = resolver(false).send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.A,
                    DClass.IN)));
        } catch (IOException silence) {
            return;
        }
        assertThat(response.getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void everyApplyRaisesTheServedSerialByOne() {
        String zone = newZone();
        assertThat(dns().servedSerial(zone)).hasValue(1);

        assertThat(change(zone, put("a." + zone, "A", 60, "192.0.2.1"))).isEqualTo(2);
        assertThat(change(zone, put("b." + zone, "A", 60, "192.0.2.2"),
                put("c." + zone, "A", 60, "192.0.2.3"))).isEqualTo(3);

        assertThat(dns().servedSerial(zone)).hasValue(3);
        assertThat(((SOARecord) udp(zone, Type.SOA).getSection(Section.ANSWER).get(0)).getSerial()).isEqualTo(3);
    }

    @Test
    void apexSoaCanBeReplacedButItsSerialStaysTheServers() {
        String zone = newZone();

        long serial = change(zone,
                put(zone, "SOA", 600, "dns." + zone + " admin." + zone + " 999 3600 600 604800 120"));

        SOARecord soa = (SOARecord) tcp(zone, Type.SOA).getSection(Section.ANSWER).get(0);
        assertThat(soa.getSerial()).isEqualTo(serial).isEqualTo(2);
        assertThat(soa.getHost().toString()).isEqualToIgnoringCase("dns." + zone);
        assertThat(soa.getMinimum()).isEqualTo(120);
        assertThat(soa.getTTL()).isEqualTo(600);
    }

    @Test
    void batchWithOneInvalidChangeAppliesNothing() {
        String zone = newZone();
        change(zone, put("kept." + zone, "A", 60, "192.0.2.1"));

        assertInvalid(zone, put("kept." + zone, "A", 60, "192.0.2.99"), put("new." + zone, "A", 60, "192.0.2.2"),
                put("bad." + zone, "A", 60, "not-an-address"));
        assertInvalid(zone, put("new." + zone, "A", 60, "192.0.2.2"),
                put("www.elsewhere.example.", "A", 60, "192.0.2.3"));
        assertInvalid(zone, new RecordSetChange.Remove(zone, "NS"));

        assertThat(udp("new." + zone, Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(answerData(udp("kept." + zone, Type.A), Type.A)).containsExactly("192.0.2.1");
        assertThat(dns().servedSerial(zone)).hasValue(2);
    }

    private void assertInvalid(String zone, RecordSetChange... changes) {
        assertThatThrownBy(() -> dns().apply(zone, List.of(changes))).isInstanceOfSatisfying(DnsException.class,
                e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD));
    }

    @Test
    void changesToAMissingZoneAreRejected() {
        assertThatThrownBy(() -> dns().apply("missing-" + System.nanoTime() + ".example.",
                List.of(put("a.missing.example.", "A", 60, "192.0.2.1"))))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.NO_SUCH_ZONE));
    }

    @Test
    void removalTakesTheAnswerAwayAndRemovingNothingIsNoError() {
        String zone = newZone();
        change(zone, put("gone." + zone, "A", 60, "192.0.2.1"), put("gone." + zone, "TXT", 60, "\"stays\""));

        change(zone, new RecordSetChange.Remove("gone." + zone, "A"),
                new RecordSetChange.Remove("never." + zone, "MX"));

        Message response = udp("gone." + zone, Type.A);
        assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
        assertThat(answerData(udp("gone." + zone, Type.TXT), Type.TXT)).containsExactly("\"stays\"");
    }

    @Test
    void namesMatchWithoutRegardToCaseAndTheQuestionKeepsItsCase() {
        String zone = newZone();
        change(zone.toUpperCase(Locale.ROOT), put("MiXeD." + zone, "A", 60, "192.0.2.5"));

        for (boolean overTcp : new boolean[] {false, true}) {
            String asked = "mIxEd." + zone.toUpperCase(Locale.ROOT);
            Message response = query(asked, Type.A, overTcp);
            assertThat(answerData(response, Type.A)).containsExactly("192.0.2.5");
            assertThat(response.getQuestion().getName().toString()).isEqualTo(asked);
        }
    }

    @Test
    void recordSetsListsEverySetInCanonicalOrder() {
        String zone = newZone();
        change(zone, put("b." + zone, "TXT", 60, "\"b\""), put("a." + zone, "MX", 60, "10 mail." + zone),
                put("a." + zone, "A", 60, "192.0.2.1"), put("*.w." + zone, "A", 60, "192.0.2.2"));

        List<RecordSet> sets = dns().recordSets(zone);

        assertThat(sets).extracting(set -> set.name().toLowerCase(Locale.ROOT) + " " + set.type())
                .containsExactlyInAnyOrder(zone + " SOA", zone + " NS", "a." + zone + " A", "a." + zone + " MX",
                        "b." + zone + " TXT", "*.w." + zone + " A");
        Comparator<RecordSet> canonical = Comparator.comparing((RecordSet set) -> name(set.name()))
                .thenComparingInt(set -> Type.value(set.type()));
        assertThat(sets).isSortedAccordingTo(canonical);
        RecordSet mx = sets.stream().filter(set -> set.type().equals("MX")).findFirst().orElseThrow();
        assertThat(mx.ttl()).isEqualTo(60);
        assertThat(mx.choices().get(0).values()).extracting(value -> presented(zone, "MX", value))
                .containsExactly("10 mail." + zone);
    }

    private static Name name(String presentation) {
        try {
            return Name.fromString(presentation);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
