package io.cloudgate.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical URI and canonical query string. */
class CanonicalFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|/",
        "/a%20b/c|/a%2520b/c",
        "/ሴ|/%E1%88%B4",
        "/example space/|/example%20space/",
        "/-._~AZaz09|/-._~AZaz09",
        "/a/./b|/a/b,/a/./b",
        "/a/b/..|/a,/a/b/..",
        "/a/b/../|/a/,/a/b/../",
        "//example//|/example/,//example//",
        "/a%2F|/a%252F"
    })
    void canonicalUriIsTheDoubleEncodedPathNormalizedAsTheSdkDoesThenAsSent(String rawPath, String expected) {
        assertThat(CanonicalUri.candidates(rawPath)).containsExactly(expected.split(","));
    }

    @Test
    void emptyPathIsSlash() {
        assertThat(CanonicalUri.candidates("")).containsExactly("/");
    }

    @Test
    void dotSegmentRemovalMatchesJavaNetUri() {
        Random random = new Random(7);
        String[] segments = {"a", "b", ".", "..", "", "...", ".a", "%2e", "c%20d"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder path = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                path.append('/').append(segments[random.nextInt(segments.length)]);
            }
            if (random.nextBoolean()) {
                path.append('/');
            }
            String expected = URI.create("https://host" + path).normalize().getRawPath();

            assertThat(CanonicalUri.removeDotSegments(path.toString())).as(path.toString()).isEqualTo(expected);
        }
    }

    @Test
    void canonicalQuerySortsByEncodedNameThenValueAndKeepsRepeatsAndEmptyValues() {
        QueryParameters query = QueryParameters.parse("b=2&a=z&a=&A=1&a=y&flag&%E1%88%B4=x&c=%2a+%7e&=ignored&&");

        assertThat(query.canonical(null)).isEqualTo("%E1%88%B4=x&A=1&a=&a=y&a=z&b=2&c=%2A%2B~&flag=");
    }

    @Test
    void canonicalQueryLeavesOutTheSignatureOfPresignedRequests() {
        QueryParameters query = QueryParameters.parse("X-Amz-Signature=abc&X-Amz-Date=20150830T123600Z");

        assertThat(query.canonical(SigV4Authorization.SIGNATURE_PARAMETER)).isEqualTo("X-Amz-Date=20150830T123600Z");
        assertThat(query.first("X-Amz-Signature")).isEqualTo("abc");
    }

    @Test
    void brokenEscapesStayLiteral() {
        assertThat(QueryParameters.parse("a=%zz&b=%4").canonical(null)).isEqualTo("a=%25zz&b=%254");
        assertThat(CanonicalUri.candidates("/%G0")).isEqualTo(List.of("/%25G0"));
    }
}
