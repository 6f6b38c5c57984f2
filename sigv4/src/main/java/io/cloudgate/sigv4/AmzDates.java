package io.cloudgate.sigv4;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The timestamp formats signatures carry. */
final class AmzDates {

    /** ISO 8601 basic format, as in {@code X-Amz-Date: 20150830T123600Z}. */
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    /** RFC 1123 without the day name. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

    private AmzDates() {
    }

    /**
     * Parses {@code yyyyMMdd'T'HHmmss'Z'} by hand: every signed request carries one, and a formatter costs
     * more than the rest of reading the request. Out-of-range fields are refused as the strict formatter does.
     */
    static Optional<Instant> parseBasic(String text) {
        if (text == null || text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 6);
        int day = digits(text, 6, 8);
        int hour = digits(text, 9, 11);
        int minute = digits(text, 11, 13);
        int second = digits(text, 13, 15);
        if ((year | month | day | hour | minute | second) < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * An HTTP {@code Date} header ({@code Mon, 09 Sep 2011 23:36:00 GMT}), falling back to the basic format
     * some clients put there. The day name is not checked: AWS's own test suite signs a wrong one.
     */
    static Optional<Instant> parseHttpDate(String text) {
        String trimmed = text.trim();
        int comma = trimmed.indexOf(',');
        try {
            return Optional.of(Instant.from(HTTP_DATE.parse(trimmed.substring(comma + 1).trim())));
        } catch (DateTimeParseException e) {
            return parseBasic(trimmed);
        }
    }

    static String basic(Instant instant) {
        return BASIC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
