package io.cloudgate.sigv4;

import java.time.Instant;
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

    static Optional<Instant> parseBasic(String text) {
        if (text == null || text.length() != 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(BASIC.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
