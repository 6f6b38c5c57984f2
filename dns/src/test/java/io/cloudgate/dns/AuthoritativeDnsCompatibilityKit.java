package io.cloudgate.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * The contract every {@link AuthoritativeDns} adapter passes, checked only with real DNS queries over UDP and
 * TCP. Extend it, start the adapter once per class and return it from {@link #dns()}; each test works in zones
 * of its own. The checks are grouped in the superclasses: {@link ZoneLifecycleChecks} (zones, serials, batches,
 * listing, case), {@link AnswerRulesChecks} (negative answers, CNAME, wildcards, referrals), and here the record
 * types, TXT strings and weighted choices. Nothing adapter-specific (such as the exact UDP size at which an
 * answer is truncated) is checked here.
 */
public abstract class AuthoritativeDnsCompatibilityKit extends AnswerRulesChecks {

    static Stream<Arguments> recordTypes() {
        return Stream.of(
                Arguments.of("A", List.of("192.0.2.1", "192.0.2.2")),
                Arguments.of("AAAA", List.of("2001:db8::1")),
                Arguments.of("CNAME", List.of("target.example.org.")),
                Arguments.of("MX", List.of("10 mail.example.org.", "20 backup.example.org.")),
                Arguments.of("TXT", List.of("\"hello world\"", "\"v=spf1 -all\"")),
                Arguments.of("SRV", List.of("10 60 5060 sip.example.org.")),
                Arguments.of("CAA", List.of("0 issue \"letsencrypt.org\"")),
                Arguments.of("PTR", List.of("host.example.org.")),
                Arguments.of("SPF", List.of("\"v=spf1 include:example.org -all\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void everyRecordTypeIsAnsweredAsPutOverUdpAndTcp(String type, List<String> values) {
        String zone = newZone();
        String name = "rr." + zone;
        change(zone, new RecordSetChange.Put(RecordSet.of(name, type, 123, values)));

        for (boolean overTcp : new boolean[] {false, true}) {
            Message response = query(name, Type.value(type), overTcp);
            assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(answerData(response, Type.value(type)))
                    .containsExactlyInAnyOrderElementsOf(values.stream().map(v -> presented(zone, type, v)).toList());
            assertThat(response.getSection(Section.ANSWER)).allSatisfy(r -> assertThat(r.getTTL()).isEqualTo(123));
        }
    }

    @Test
    void relativeNamesInDataAreCompletedWithTheZone() {
        String zone = newZone();
        change(zone, put(zone, "MX", 300, "10 mail"));

        assertThat(answerData(udp(zone, Type.MX), Type.MX)).containsExactly("10 mail." + zone);
    }

    @Test
    void apexNameServersCanBeReplaced() {
        String zone = newZone();
        change(zone, put(zone, "NS", 7200, "a.ns.example.org.", "b.ns.example.org."));

        assertThat(answerData(tcp(zone, Type.NS), Type.NS))
                .containsExactlyInAnyOrder("a.ns.example.org.", "b.ns.example.org.");
    }

    @Test
    void longTxtValuesBecomeSeveralStringsAndMultiStringValuesStaySplit() {
        String zone = newZone();
        String longText = "k".repeat(300);
        change(zone, put("long." + zone, "TXT", 60, "\"" + longText + "\""),
                put("multi." + zone, "TXT", 60, "\"part one\" \"part two\""),
                put("quoted." + zone, "TXT", 60, "\"say \\\"hi\\\"\""));

        TXTRecord longRecord = (TXTRecord) tcp("long." + zone, Type.TXT).getSection(Section.ANSWER).get(0);
        assertThat(longRecord.getStrings()).hasSize(2).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(255));
        assertThat(String.join("", longRecord.getStrings())).isEqualTo(longText);
        TXTRecord multi = (TXTRecord) udp("multi." + zone, Type.TXT).getSection(Section.ANSWER).get(0);
        assertThat(multi.getStrings()).containsExactly("part one", "part two");
        TXTRecord quoted = (TXTRecord) udp("quoted." + zone, Type.TXT).getSection(Section.ANSWER).get(0);
        assertThat(quoted.getStringsAsByteArrays()).extracting(bytes -> new String(bytes, StandardCharsets.US_ASCII))
                .containsExactly("say \"hi\"");
    }

    @Test
    void weightedChoicesArePickedPerQueryInProportion() {
        String zone = newZone();
        String name = "weighted." + zone;
        change(zone, new RecordSetChange.Put(new RecordSet(name, "A", 0, List.of(
                new RecordSet.Choice(1, List.of("192.0.2.1")),
                new RecordSet.Choice(3, List.of("192.0.2.3", "192.0.2.4"))))));

        Map<String, Integer> counts = countAnswers(name, 300);

        assertThat(counts.keySet()).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.3 192.0.2.4");
        assertThat(counts.get("192.0.2.1") / 300.0).isBetween(0.15, 0.40);
    }

    @Test
    void zeroWeightIsNeverPickedWhileAnotherWeighsMoreAndAllZeroMeansEqually() {
        String zone = newZone();
        change(zone, new RecordSetChange.Put(new RecordSet("some." + zone, "A", 0, List.of(
                        new RecordSet.Choice(0, List.of("192.0.2.1")),
                        new RecordSet.Choice(2, List.of("192.0.2.2"))))),
                new RecordSetChange.Put(new RecordSet("none." + zone, "A", 0, List.of(
                        new RecordSet.Choice(0, List.of("192.0.2.1")),
                        new RecordSet.Choice(0, List.of("192.0.2.2"))))));

        assertThat(countAnswers("some." + zone, 50)).containsOnlyKeys("192.0.2.2");
        Map<String, Integer> equal = countAnswers("none." + zone, 100);
        assertThat(equal).containsOnlyKeys("192.0.2.1", "192.0.2.2");
        assertThat(equal.get("192.0.2.1")).isBetween(25, 75);
    }

    /** How often each answer (its sorted data joined) came back over UDP in that many queries. */
    private Map<String, Integer> countAnswers(String name, int queries) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < queries; i++) {
            String answer = String.join(" ", answerData(udp(name, Type.A), Type.A).stream().sorted().toList());
            counts.merge(answer, 1, Integer::sum);
        }
        return counts;
    }
}
