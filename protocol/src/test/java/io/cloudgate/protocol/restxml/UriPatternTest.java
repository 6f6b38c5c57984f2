package io.cloudgate.protocol.restxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UriPatternTest {

    private static Map<String, String> match(String pattern, String path, Map<String, List<String>> query) {
        return UriPattern.of(pattern).match(UriPattern.split(path), query);
    }

    @Test
    void greedyLabelsTakeTheRestOfThePath() {
        assertThat(match("/{Bucket}/{Key+}", "/b/a/b%20c/d", Map.of()))
                .containsEntry("Bucket", "b").containsEntry("Key", "a/b c/d");
        assertThat(match("/files/{Path+}/meta", "/files/x/y/meta", Map.of())).containsEntry("Path", "x/y");
        assertThat(match("/files/{Path+}/meta", "/files/meta", Map.of())).isNull();
    }

    @Test
    void literalQueryPartsMustBePresent() {
        assertThat(match("/{Id}?tagging", "/x", Map.of("tagging", List.of("")))).containsEntry("Id", "x");
        assertThat(match("/{Id}?tagging", "/x", Map.of())).isNull();
        assertThat(match("/?x-id=Get", "/", Map.of("x-id", List.of("Get")))).isEmpty();
        assertThat(match("/?x-id=Get", "/", Map.of("x-id", List.of("Put")))).isNull();
    }

    @Test
    void moreLiteralPatternsAreMoreSpecific() {
        assertThat(UriPattern.of("/a/b").specificity()).isGreaterThan(UriPattern.of("/a/{B}").specificity());
        assertThat(UriPattern.of("/a/{B}?x").specificity()).isGreaterThan(UriPattern.of("/a/{B}").specificity());
        assertThat(UriPattern.of("/a/{B}").specificity()).isGreaterThan(UriPattern.of("/a/{B+}").specificity());
    }

    @Test
    void pathsDecodePlusAsPlusAndRejectBrokenEscapes() {
        assertThat(UriPattern.decode("a+b%2Fc%C3%A9")).isEqualTo("a+b/cé");
        assertThatThrownBy(() -> UriPattern.decode("a%2")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> UriPattern.decode("%C3")).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void headerListsSplitQuotedItemsAndHttpDates() {
        assertThat(HeaderLists.split("a, \"b,c\", \"d\\\"e\"", false)).containsExactly("a", "b,c", "d\"e");
        assertThat(HeaderLists.split("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT", true))
                .containsExactly("Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT");
        assertThat(HeaderLists.join(List.of("a", "b,c", "d\"e"))).isEqualTo("a, \"b,c\", \"d\\\"e\"");
    }
}
