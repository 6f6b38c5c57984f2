package io.cloudgate.sigv4;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The extended ISO 8601 timestamps SigV2 clients send: {@code 2011-10-03T15:19:30}, with optional fraction and zone. */
final class Iso8601 {

    private Iso8601() {
    }

    /** A timestamp without a zone is UTC, as AWS reads it. */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutZone) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
