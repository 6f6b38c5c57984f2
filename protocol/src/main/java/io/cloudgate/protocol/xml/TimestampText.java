package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Timestamps as text in the three Smithy formats. */
public final class TimestampText {
    private static final DateTimeFormatter DATE_TIME_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private TimestampText() {
    }

    /** Date-times carry milliseconds only when they are not zero: "2014-04-29T18:30:38Z", "...38.120Z". */
    public static String format(Instant instant, TimestampFormat format) {
        return switch (format) {
            case DATE_TIME -> instant.getNano() / 1_000_000 == 0 ? DATE_TIME_SECONDS.format(instant)
                    : formatWithMillis(instant);
            case HTTP_DATE -> HTTP_DATE.format(instant);
            case EPOCH_SECONDS -> BigDecimal.valueOf(instant.toEpochMilli(), 3).stripTrailingZeros().toPlainString();
        };
    }

    /**
     * "2015-01-25T08:00:00.000Z", as EC2 writes every date-time. Written by hand for four-digit years because
     * EC2 lists carry several per item and the formatter dominated large responses.
     */
    public static String formatWithMillis(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return DATE_TIME_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        char[] text = new char[24];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, time.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Parses text in the expected format. Date-times without an offset are read as UTC and numeric text is
     * accepted as epoch seconds, because hand-written clients send both.
     */
    public static Instant parse(String text, TimestampFormat format, String what) {
        String trimmed = text.trim();
        try {
            return switch (format) {
                case HTTP_DATE -> ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                case EPOCH_SECONDS -> epochSeconds(trimmed);
                case DATE_TIME -> dateTime(trimmed);
            };
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new MalformedRequestException("Invalid timestamp for " + what + ": " + abbreviate(text));
        }
    }

    private static Instant dateTime(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0)) && text.indexOf('-') < 0) {
            return epochSeconds(text);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
    }

    private static Instant epochSeconds(String text) {
        BigDecimal seconds = new BigDecimal(text);
        long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).setScale(0, RoundingMode.DOWN)
                .longValueExact();
        return Instant.ofEpochSecond(whole, nanos);
    }

    static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
