package io.cloudgate.protocol.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Parses application/x-www-form-urlencoded text: query strings and form bodies. */
public final class QueryStrings {
    private QueryStrings() {
    }

    /**
     * Splits and percent-decodes; '+' means space. Throws {@link MalformedRequestException}
     * for a broken percent escape or invalid UTF-8.
     */
    public static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        forEachPair(text, (key, value) -> result.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value));
        return result;
    }

    /** As {@link #parse}, handing each decoded pair to {@code pairs} in order instead of collecting them. */
    public static void forEachPair(String text, BiConsumer<String, String> pairs) {
        if (text == null) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                int eq = text.indexOf('=', start);
                boolean hasValue = eq >= 0 && eq < end;
                pairs.accept(decode(text.substring(start, hasValue ? eq : end)),
                        hasValue ? decode(text.substring(eq + 1, end)) : "");
            }
            start = end + 1;
        }
    }

    public static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new MalformedRequestException("Incomplete percent escape in: " + abbreviate(encoded));
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new MalformedRequestException("Invalid percent escape in: " + abbreviate(encoded));
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                out.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        byte[] bytes = out.toByteArray();
        return Utf8.decodeStrict(bytes, 0, bytes.length);
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
