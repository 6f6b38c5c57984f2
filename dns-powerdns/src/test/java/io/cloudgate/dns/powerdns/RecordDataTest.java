package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.RecordSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordDataTest {

    @ParameterizedTest
    @CsvSource({
            "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
            "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
            "0:0:0:0:0:0:0:0, ::",
            "0:0:0:0:0:0:0:1, ::1",
            "fe80:0:0:0:1:0:0:0, fe80::1:0:0:0",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    })
    void ipv6AddressesAreWrittenInTheirShortestForm(String address, String expected) throws Exception {
        assertThat(RecordData.ipv6(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @Test
    void valuesAreWrittenTheWayPowerDnsAcceptsThem() {
        Name zone = RecordData.name("example.com.");
        Name owner = RecordData.name("Www.Example.com.");
        RecordSet set = RecordData.canonical(RecordSet.of("Www.Example.com.", "txt", 60,
                List.of("unquoted", "\"a\" \"b\"", "\"" + "x".repeat(300) + "\"")), owner, zone);
        assertThat(set).isEqualTo(RecordSet.of("www.example.com.", "TXT", 60, List.of("\"unquoted\"", "\"a\" \"b\"",
                "\"" + "x".repeat(255) + "\" \"" + "x".repeat(45) + "\"")));
        assertThat(RecordData.canonical(RecordSet.of("c.example.com.", "CNAME", 60, List.of("target.example.org.")),
                owner, zone).choices().getFirst().values()).containsExactly("target.example.org.");
        assertThat(RecordData.canonical(RecordSet.of("c.example.com.", "MX", 60, List.of("10 mail")),
                owner, zone).choices().getFirst().values()).containsExactly("10 mail.example.com.");
    }

    @Test
    void dataThatDoesNotParseIsAnInvalidRecord() {
        Name owner = RecordData.name("a.example.com.");
        assertThatThrownBy(() -> RecordData.canonical(RecordSet.of("a.example.com.", "MX", 60, List.of("mail")), owner,
                owner))
                .isInstanceOfSatisfying(DnsException.class,
                        e -> assertThat(e.kind()).isEqualTo(DnsException.Kind.INVALID_RECORD));
        assertThatThrownBy(() -> RecordData.type("LUA")).isInstanceOf(DnsException.class);
    }
}
