package io.cloudgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampTextTest {
    @Test
    void formatsWithFractionsOnlyWhenPresent() {
        assertThat(TimestampText.formatDateTime(Instant.parse("2014-04-29T18:30:38Z"))).isEqualTo("2014-04-29T18:30:38Z");
        assertThat(TimestampText.formatDateTime(Instant.parse("2014-04-29T18:30:38.123Z"))).isEqualTo("2014-04-29T18:30:38.123Z");
        assertThat(TimestampText.formatHttpDate(Instant.parse("2014-04-29T18:30:38Z"))).isEqualTo("Tue, 29 Apr 2014 18:30:38 GMT");
        assertThat(TimestampText.toEpochSeconds(Instant.ofEpochSecond(5))).isEqualTo(new BigDecimal("5"));
        assertThat(TimestampText.toEpochSeconds(Instant.ofEpochSecond(5, 250_000_000))).isEqualTo(new BigDecimal("5.25"));
        assertThat(TimestampText.toEpochSeconds(Instant.ofEpochSecond(-2, 500_000_000))).isEqualTo(new BigDecimal("-1.5"));
    }

    @Test
    void parsesOffsetsFractionsAndNegativeEpochs() {
        assertThat(TimestampText.parseDateTime("2019-12-16T22:48:18-01:00")).isEqualTo(Instant.parse("2019-12-16T23:48:18Z"));
        assertThat(TimestampText.parseDateTime("2000-01-02t20:34:56.5z")).isEqualTo(Instant.parse("2000-01-02T20:34:56.5Z"));
        assertThat(TimestampText.parseHttpDate("Sun, 02 Jan 2000 20:34:56.000 GMT")).isEqualTo(Instant.parse("2000-01-02T20:34:56Z"));
        assertThat(TimestampText.fromEpochSeconds(new BigDecimal("-1.5"))).isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
    }

    @Test
    void rejectsGarbageAndOutOfRangeValues() {
        assertThatThrownBy(() -> TimestampText.parseDateTime("2019-12-16")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> TimestampText.parseHttpDate("yesterday")).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> TimestampText.fromEpochSeconds(new BigDecimal("1e999999")))
                .isInstanceOf(MalformedRequestException.class);
    }
}
