package io.cloudgate.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** How an authoritative server answers (RFC 1034, 2308, 4592): negative answers, CNAME, wildcards, referrals. */
public abstract class AnswerRulesChecks extends ZoneLifecycleChecks {

    @ParameterizedTest(name = "over TCP: {0}")
    @ValueSource(booleans = {false, true})
    void missingNameIsNxdomainWithTheSoaForNegativeCaching(boolean overTcp) {
        String zone = newZone();

        Message response = query("missing." + zone, Type.A, overTcp);

        assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(response.getSection(Section.ANSWER)).isEmpty();
        assertNegativeSoa(response, zone);
    }

    @Test
    void missingTypeAtAnExistingNameIsNodataWithTheSoa() {
        String zone = newZone();
        change(zone, put("host." + zone, "A", 60, "192.0.2.1"), put("leaf.branch." + zone, "TXT", 60, "\"x\""));

        for (String name : List.of("host." + zone, "branch." + zone)) {
            Message response = udp(name, Type.AAAA);
            assertThat(response.getRcode()).as(name).isEqualTo(Rcode.NOERROR);
            assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(response.getSection(Section.ANSWER)).isEmpty();
            assertNegativeSoa(response, zone);
        }
    }

    private static void assertNegativeSoa(Message response, String zone) {
        List<Record> authority = response.getSection(Section.AUTHORITY);
        assertThat(authority).hasSize(1).first().isInstanceOf(SOARecord.class);
        assertThat(authority.get(0).getName().toString()).isEqualToIgnoringCase(zone);
        assertThat(authority.get(0).getTTL()).isEqualTo(Math.min(SOA_TTL, SOA_MINIMUM));
    }

    @Test
    void cnameIsAnsweredAndFollowedInsideTheZone() {
        String zone = newZone();
        change(zone, put("www." + zone, "CNAME", 60, "web." + zone), put("web." + zone, "A", 60, "192.0.2.10"),
                put("out." + zone, "CNAME", 60, "elsewhere.example.org."),
                put("dangling." + zone, "CNAME", 60, "nothing." + zone));

        Message chased = udp("www." + zone, Type.A);
        assertThat(chased.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(answerData(chased, Type.CNAME)).containsExactly("web." + zone);
        assertThat(answerData(chased, Type.A)).containsExactly("192.0.2.10");
        assertThat(answerData(udp("www." + zone, Type.CNAME), Type.A)).isEmpty();

        Message leaving = udp("out." + zone, Type.A);
        assertThat(leaving.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(leaving.getSection(Section.ANSWER)).hasSize(1).first().isInstanceOf(CNAMERecord.class);

        Message dangling = udp("dangling." + zone, Type.A);
        assertThat(answerData(dangling, Type.CNAME)).containsExactly("nothing." + zone);
        assertThat(dangling.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void wildcardSynthesizesForMissingNamesOnly() {
        String zone = newZone();
        change(zone, put("*.w." + zone, "A", 60, "192.0.2.7"), put("exact.w." + zone, "TXT", 60, "\"own\""),
                put("leaf.ent.w." + zone, "TXT", 60, "\"leaf\""));

        for (String name : List.of("x.w." + zone, "deep.y.w." + zone)) {
            Message synthesized = udp(name, Type.A);
            assertThat(synthesized.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(synthesized.getSection(Section.ANSWER)).hasSize(1);
            assertThat(synthesized.getSection(Section.ANSWER).get(0).getName().toString())
                    .isEqualToIgnoringCase(name);
            assertThat(answerData(synthesized, Type.A)).containsExactly("192.0.2.7");
        }
        for (String existing : List.of("exact.w." + zone, "ent.w." + zone)) {
            Message response = udp(existing, Type.A);
            assertThat(response.getRcode()).as(existing).isEqualTo(Rcode.NOERROR);
            assertThat(response.getSection(Section.ANSWER)).as(existing).isEmpty();
        }
        assertThat(udp("x.other." + zone, Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void wildcardCnameIsSynthesizedAndFollowed() {
        String zone = newZone();
        change(zone, put("*.c." + zone, "CNAME", 60, "target." + zone), put("target." + zone, "A", 60, "192.0.2.8"));

        Message response = udp("anything.c." + zone, Type.A);

        assertThat(response.getSection(Section.ANSWER).get(0).getName().toString())
                .isEqualToIgnoringCase("anything.c." + zone);
        assertThat(answerData(response, Type.CNAME)).containsExactly("target." + zone);
        assertThat(answerData(response, Type.A)).containsExactly("192.0.2.8");
    }

    @Test
    void delegationBelowTheApexIsAReferralWithoutAuthority() {
        String zone = newZone();
        String child = "sub." + zone;
        change(zone, put(child, "NS", 300, "ns1." + child, "ns.other.example.org."),
                put("ns1." + child, "A", 300, "192.0.2.53"));

        for (String name : List.of(child, "host." + child)) {
            Message referral = udp(name, Type.A);
            assertThat(referral.getRcode()).as(name).isEqualTo(Rcode.NOERROR);
            assertThat(referral.getHeader().getFlag(Flags.AA)).as(name).isFalse();
            assertThat(referral.getSection(Section.ANSWER)).isEmpty();
            assertThat(referral.getSection(Section.AUTHORITY)).extracting(Record::rdataToString)
                    .containsExactlyInAnyOrder("ns1." + child, "ns.other.example.org.");
        }
    }
}
