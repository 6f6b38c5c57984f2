package io.cloudgate.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryStringsTest {
    @Test
    void decodesPercentEscapesPlusAndRawNonAsciiTogether() {
        assertThat(QueryStrings.decode("ééé+abc")).isEqualTo("ééé abc");
        assertThat(QueryStrings.decode("%41éééabc%20%F0%9F%98%80")).isEqualTo("Aéééabc 😀");
        assertThat(QueryStrings.decode("😀😀+%2B")).isEqualTo("😀😀 +");
    }

    @Test
    void parsesRepeatedKeysAndKeysWithoutValues() {
        assertThat(QueryStrings.parse("a=1&a=2&b&c=&&d=%3D")).containsEntry("a", List.of("1", "2"))
                .containsEntry("b", List.of("")).containsEntry("c", List.of("")).containsEntry("d", List.of("="));
    }

    @Test
    void brokenEscapesAndInvalidUtf8AreClientErrors() {
        assertThatThrownBy(() -> QueryStrings.decode("abc%4")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> QueryStrings.decode("%zz")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> QueryStrings.decode("%C3%28")).isInstanceOf(MalformedRequestException.class);
    }
}
