package io.cloudgate.loadbalancer.haproxy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Turns caller text into HAProxy configuration words that cannot break out of their place. */
final class HaproxyText {
    private HaproxyText() {
    }

    /** A double-quoted word; quotes, backslashes, '$' (environment expansion) and control bytes are escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\' || c == '$') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append('"').toString();
    }

    /** Literal text inside a log-format string (before {@link #quoted}): '%' must be doubled. */
    static String logFormatLiteral(String text) {
        return text.replace("%", "%%");
    }

    /**
     * A single-quoted anchored regular expression for an ELB wildcard: '*' is any run, '?' one character, everything
     * else literal (as a \xHH escape, so nothing inside the quotes is special to HAProxy or PCRE).
     *
     * @param any what '*' and '?' may span, e.g. "." or "[^&]"
     */
    static String wildcardBody(String pattern, String any) {
        StringBuilder out = new StringBuilder();
        for (byte b : pattern.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '*') {
                out.append(any).append('*');
            } else if (c == '?') {
                out.append(any);
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }

    static String regexWords(List<String> patterns, String suffix) {
        return patterns.stream().map(p -> "'^" + wildcardBody(p, ".") + suffix + "$'")
                .collect(Collectors.joining(" "));
    }

    static String millis(java.time.Duration duration) {
        return Math.max(1, duration.toMillis()) + "ms";
    }
}
