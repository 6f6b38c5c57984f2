package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Lenient reads of CloudStack JSON: fields may be absent, and some numbers come as strings. */
final class Fields {
    /** CloudStack's timestamps: {@code 2026-11-21T05:24:57+0000}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final long GIB = 1L << 30;

    private Fields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static int integer(JsonNode node, String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return value.isNumber() ? value.asInt() : parse(value.asText(), fallback);
    }

    static boolean bool(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Bytes to whole GiB, rounding up (a 2 GiB template is 2147483648 bytes). */
    static int gib(JsonNode node, String field) {
        long bytes = node.path(field).asLong(0);
        return (int) ((bytes + GIB - 1) / GIB);
    }

    private static int parse(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
