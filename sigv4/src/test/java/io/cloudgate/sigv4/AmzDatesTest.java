package io.cloudgate.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written basic-format parser accepts exactly what the strict formatter accepts. */
class AmzDatesTest {

    private static final DateTimeFormatter STRICT_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

    @ParameterizedTest
    @ValueSource(strings = {"20150830T123600Z", "20240229T235959Z", "00000101T000000Z", "99991231T235959Z",
        "20230229T120000Z", "20150830T240000Z", "20150830T126000Z", "20150830T123660Z", "20151330T123600Z",
        "20150431T123600Z", "20150800T123600Z", "20150830t123600Z", "20150830T123600z", "2015083OT123600Z",
        "+0150830T123600Z", "2015-830T123600Z", "20150830T12360 Z", "20150830T123600", "20150830T1236000Z", ""})
    void agreesWithTheStrictFormatter(String text) {
        assertThat(AmzDates.parseBasic(text)).isEqualTo(strict(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20150830T123600Z", "20240229T000001Z"})
    void formatsBackToTheSameText(String text) {
        assertThat(AmzDates.basic(AmzDates.parseBasic(text).orElseThrow())).isEqualTo(text);
    }

    private static Optional<Instant> strict(String text) {
        try {
            return Optional.of(Instant.from(STRICT_BASIC.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
