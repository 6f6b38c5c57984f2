package io.cloudgate.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScalarTextTest {
    private static final Instant WITH_MILLIS = Instant.parse("2015-01-25T08:00:00.123Z");
    private static final Instant WHOLE = Instant.parse("2015-01-25T08:00:00Z");

    @Test
    void formatsTimestampsInEachFormat() {
        assertThat(TimestampText.format(WHOLE, TimestampFormat.DATE_TIME)).isEqualTo("2015-01-25T08:00:00Z");
        assertThat(TimestampText.formatWithMillis(WHOLE)).isEqualTo("2015-01-25T08:00:00.000Z");
        assertThat(TimestampText.format(Instant.parse("2015-01-25T08:00:00.1Z"), TimestampFormat.DATE_TIME))
                .isEqualTo("2015-01-25T08:00:00.100Z");
        assertThat(TimestampText.format(WITH_MILLIS, TimestampFormat.DATE_TIME)).isEqualTo("2015-01-25T08:00:00.123Z");
        assertThat(TimestampText.format(WHOLE, TimestampFormat.HTTP_DATE)).isEqualTo("Sun, 25 Jan 2015 08:00:00 GMT");
        assertThat(TimestampText.format(Instant.parse("2015-02-03T08:00:00Z"), TimestampFormat.HTTP_DATE))
                .isEqualTo("Tue, 03 Feb 2015 08:00:00 GMT");
        assertThat(TimestampText.format(WHOLE, TimestampFormat.EPOCH_SECONDS)).isEqualTo("1422172800");
        assertThat(TimestampText.format(WITH_MILLIS, TimestampFormat.EPOCH_SECONDS)).isEqualTo("1422172800.123");
    }

    @Test
    void writesMillisecondTimestampsAsTheJdkFormatterWould() {
        java.time.format.DateTimeFormatter reference = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertThat(TimestampText.formatWithMillis(instant)).as("%s", instant)
                    .isEqualTo(reference.format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }
        assertThat(TimestampText.formatWithMillis(Instant.parse("0001-01-01T00:00:00.009Z")))
                .isEqualTo("0001-01-01T00:00:00.009Z");
    }

    @Test
    void parsesTimestampsInTheFormsClientsSend() {
        assertThat(TimestampText.parse("2015-01-25T08:00:00Z", TimestampFormat.DATE_TIME, "t")).isEqualTo(WHOLE);
        assertThat(TimestampText.parse("2015-01-25T08:00:00.123Z", TimestampFormat.DATE_TIME, "t"))
                .isEqualTo(WITH_MILLIS);
        assertThat(TimestampText.parse("2015-01-25T09:00:00+01:00", TimestampFormat.DATE_TIME, "t")).isEqualTo(WHOLE);
        assertThat(TimestampText.parse("2015-01-25T08:00:00", TimestampFormat.DATE_TIME, "t")).isEqualTo(WHOLE);
        assertThat(TimestampText.parse("1422172800.123", TimestampFormat.DATE_TIME, "t")).isEqualTo(WITH_MILLIS);
        assertThat(TimestampText.parse("Sun, 25 Jan 2015 08:00:00 GMT", TimestampFormat.HTTP_DATE, "t"))
                .isEqualTo(WHOLE);
        assertThat(TimestampText.parse("-1.5", TimestampFormat.EPOCH_SECONDS, "t"))
                .isEqualTo(Instant.ofEpochMilli(-1500));
    }

    @Test
    void badTimestampsNameTheParameter() {
        assertThatThrownBy(() -> TimestampText.parse("yesterday", TimestampFormat.DATE_TIME, "StartTime"))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("StartTime");
        assertThatThrownBy(() -> TimestampText.parse("1e999999999", TimestampFormat.EPOCH_SECONDS, "t"))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void parsesTypedValues() {
        assertThat(ScalarText.parse(ShapeType.INTEGER, " 42 ", null, "n")).isEqualTo(42);
        assertThat(ScalarText.parse(ShapeType.LONG, "9000000000", null, "n")).isEqualTo(9_000_000_000L);
        assertThat(ScalarText.parse(ShapeType.BOOLEAN, "TRUE", null, "b")).isEqualTo(true);
        assertThat(ScalarText.parse(ShapeType.DOUBLE, "1.5e3", null, "d")).isEqualTo(1500.0);
        assertThat(ScalarText.parse(ShapeType.DOUBLE, "NaN", null, "d")).isEqualTo(Double.NaN);
        assertThat(ScalarText.parse(ShapeType.BIG_DECIMAL, "0.10", null, "d")).isEqualTo(new BigDecimal("0.10"));
        assertThat((byte[]) ScalarText.parse(ShapeType.BLOB, "aGk=", null, "b")).containsExactly('h', 'i');
    }

    @Test
    void wrongTypesAreClientErrors() {
        Object[][] cases = {
            {ShapeType.INTEGER, "abc"}, {ShapeType.INTEGER, "99999999999"}, {ShapeType.BOOLEAN, "yes"},
            {ShapeType.DOUBLE, "1f"}, {ShapeType.DOUBLE, "0x1p3"}, {ShapeType.BLOB, "a*b"}, {ShapeType.BLOB, "abcde"},
            {ShapeType.BYTE, "300"}, {ShapeType.BIG_INTEGER, "1.5"},
        };
        for (Object[] c : cases) {
            assertThatThrownBy(() -> ScalarText.parse((ShapeType) c[0], (String) c[1], null, "Param"))
                    .as("%s %s", c[0], c[1]).isInstanceOf(MalformedRequestException.class)
                    .hasMessageContaining("Param");
        }
    }

    @Test
    void formatsNumbersWithoutExponents() {
        assertThat(ScalarText.format(ShapeType.DOUBLE, 1.5, null)).isEqualTo("1.5");
        assertThat(ScalarText.format(ShapeType.DOUBLE, 1.0e10, null)).isEqualTo("10000000000");
        assertThat(ScalarText.format(ShapeType.DOUBLE, Double.NEGATIVE_INFINITY, null)).isEqualTo("-Infinity");
        assertThat(ScalarText.format(ShapeType.FLOAT, 0.1f, null)).isEqualTo("0.1");
        assertThat(ScalarText.format(ShapeType.BLOB, new byte[] {'h', 'i'}, null)).isEqualTo("aGk=");
        assertThat(ScalarText.format(ShapeType.INTEGER, 7, null)).isEqualTo("7");
    }
}
