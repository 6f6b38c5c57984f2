package io.cloudgate.route53.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsNamesTest {

    @Test
    void namesBecomeLowerCaseAbsoluteWithOctalEscapes() {
        assertThat(DnsNames.canonical("WWW.Example.com")).isEqualTo("www.example.com.");
        assertThat(DnsNames.canonical("www.example.com.")).isEqualTo("www.example.com.");
        assertThat(DnsNames.canonical("*.example.com")).isEqualTo("\\052.example.com.");
        assertThat(DnsNames.canonical("\\052.example.com.")).isEqualTo("\\052.example.com.");
        assertThat(DnsNames.canonical("a!b.example.com")).isEqualTo("a\\041b.example.com.");
        assertThat(DnsNames.canonical("_sip._tcp.example.com")).isEqualTo("_sip._tcp.example.com.");
    }

    @Test
    void presentationKeepsWildcardsAndUsesDecimalEscapes() {
        assertThat(DnsNames.presentation("\\052.example.com.")).isEqualTo("*.example.com.");
        assertThat(DnsNames.presentation("a\\041b.example.com.")).isEqualTo("a\\033b.example.com.");
        assertThat(DnsNames.presentation("x.\\052.example.com.")).isEqualTo("x.\\042.example.com.");
    }

    @Test
    void overLongLabelsAndNamesAreRefused() {
        assertThatThrownBy(() -> DnsNames.canonical("a".repeat(64) + ".example.com"))
                .isInstanceOf(DnsNames.NameProblem.class)
                .hasMessageStartingWith("DomainLabelTooLong (Domain label is too long) encountered with 'aaaa");
        String longName = String.join(".", List.of("a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(63)));
        assertThatThrownBy(() -> DnsNames.canonical(longName)).hasMessageStartingWith("DomainNameTooLong");
        assertThatThrownBy(() -> DnsNames.canonical("a..example.com")).hasMessageStartingWith("DomainLabelEmpty");
    }

    @Test
    void ordersByLabelsFromTheRight() {
        List<String> names = new ArrayList<>(List.of("www.example.com.", "example.net.", "a.example.com.",
                "example.com.", "\\052.example.com.", "b.a.example.com."));
        names.sort(DnsNames.REVERSED_LABELS);
        assertThat(names).containsExactly("example.com.", "\\052.example.com.", "a.example.com.",
                "b.a.example.com.", "www.example.com.", "example.net.");
    }

    @Test
    void withinTheZoneMeansTheApexOrBelowIt() {
        assertThat(DnsNames.within("a.example.com.", "example.com.")).isTrue();
        assertThat(DnsNames.within("example.com.", "example.com.")).isTrue();
        assertThat(DnsNames.within("badexample.com.", "example.com.")).isFalse();
    }
}
