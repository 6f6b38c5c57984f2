package io.cloudgate.route53.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDataTest {
    private static final String LONGEST = "a".repeat(255);

    @Test
    void txtStringsOfUpTo255CharactersAreAcceptedAndLongerOnesMustBeSplit() {
        assertThat(RecordData.problems("TXT", List.of("\"" + LONGEST + "\" \"" + LONGEST + "\"",
                "\"" + LONGEST + "\"\"b\"", "\"with \\\"escapes\\\" \\255\""))).isEmpty();
        assertThat(RecordData.problems("TXT", List.of("\"" + LONGEST + "b\""))).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith(
                        "Invalid Resource Record: 'FATAL problem: CharacterStringTooLong (Value is too long)"));
        assertThat(RecordData.problems("SPF", List.of(LONGEST + "b"))).singleElement()
                .satisfies(problem -> assertThat(problem).contains("CharacterStringTooLong"));
    }

    @Test
    void servedValuesHaveFullyQualifiedNames() {
        assertThat(RecordData.served("SRV", List.of("1 10 5269 xmpp.example.com")))
                .containsExactly("1 10 5269 xmpp.example.com.");
        assertThat(RecordData.served("TXT", List.of("\"one\"\"two\""))).containsExactly("\"one\" \"two\"");
        assertThat(RecordData.served("A", List.of("192.0.2.1"))).containsExactly("192.0.2.1");
    }
}
