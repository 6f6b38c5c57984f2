package io.cloudgate.protocol.json;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The textual and numeric timestamp forms Smithy defines: date-time (RFC 3339), http-date (IMF-fixdate), epoch seconds. */
public final class TimestampText {
    private static final DateTimeFormatter HTTP_DATE_PARSER =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss[.SSS][.SS][.S] 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE_MILLIS =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss.SSS 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private TimestampText() {
    }

    /** "2000-01-02T20:34:56Z", with fractional seconds only when there are any. */
    public static String formatDateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** "Sun, 02 Jan 2000 20:34:56 GMT", with milliseconds only when there are any. */
    public static String formatHttpDate(Instant instant) {
        return (instant.getNano() == 0 ? HTTP_DATE : HTTP_DATE_MILLIS).format(instant);
    }

    /** Accepts RFC 3339 date-times with "Z" or a numeric offset. */
    public static Instant parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedRequestException("Invalid date-time timestamp: " + abbreviate(text));
        }
    }

    public static Instant parseHttpDate(String text) {
        try {
            return HTTP_DATE_PARSER.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw new MalformedRequestException("Invalid http-date timestamp: " + abbreviate(text));
        }
    }

    /** Epoch seconds with up to nanosecond precision; trailing zeros stripped so whole seconds print as integers. */
    public static BigDecimal toEpochSeconds(Instant instant) {
        BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond());
        if (instant.getNano() == 0) {
            return seconds;
        }
        return seconds.add(BigDecimal.valueOf(instant.getNano()).divide(NANOS_PER_SECOND)).stripTrailingZeros();
    }

    public static Instant fromEpochSeconds(BigDecimal seconds) {
        // Checked before any scaling: a short literal such as 1e999999 must not expand into a huge number.
        if (seconds.abs().compareTo(MAX_EPOCH_SECONDS) > 0) {
            throw new MalformedRequestException("Timestamp out of range: " + abbreviate(seconds.toString()));
        }
        try {
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).multiply(NANOS_PER_SECOND).setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | DateTimeException e) {
            throw new MalformedRequestException("Timestamp out of range: " + abbreviate(seconds.toString()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
