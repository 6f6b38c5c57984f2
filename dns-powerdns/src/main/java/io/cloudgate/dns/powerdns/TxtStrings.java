package io.cloudgate.dns.powerdns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TXT and SPF data as DNS character-strings. A string longer than the 255 bytes one character-string can hold
 * is split into several, as Route 53 and zone-file tools do; dnsjava and PowerDNS would refuse it whole.
 */
final class TxtStrings {

    private static final int MAX_STRING = 255;

    private TxtStrings() {
    }

    /** The data with every over-long string split; empty when it is not well-formed presentation data. */
    static Optional<String> splitLongStrings(String presentation) {
        List<byte[]> strings = new ArrayList<>();
        int at = 0;
        while (at < presentation.length()) {
            char c = presentation.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            ByteArrayOutputStream string = new ByteArrayOutputStream();
            boolean quoted = c == '"';
            at += quoted ? 1 : 0;
            while (at < presentation.length() && (quoted ? presentation.charAt(at) != '"'
                    : !Character.isWhitespace(presentation.charAt(at)))) {
                at = decodeOne(presentation, at, string);
                if (at < 0) {
                    return Optional.empty();
                }
            }
            if (quoted && at >= presentation.length()) {
                return Optional.empty();
            }
            at += quoted ? 1 : 0;
            strings.add(string.toByteArray());
        }
        List<String> split = new ArrayList<>();
        for (byte[] string : strings) {
            for (int start = 0; start == 0 || start < string.length; start += MAX_STRING) {
                split.add(encode(string, start, Math.min(string.length, start + MAX_STRING)));
            }
        }
        return Optional.of(String.join(" ", split));
    }

    /** Decodes the character or escape at {@code at} into {@code out}; the index after it, or -1 if malformed. */
    private static int decodeOne(String text, int at, ByteArrayOutputStream out) {
        char c = text.charAt(at);
        if (c != '\\') {
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            return at + 1;
        }
        if (at + 1 >= text.length()) {
            return -1;
        }
        if (at + 3 < text.length() && text.substring(at + 1, at + 4).chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(text.substring(at + 1, at + 4));
            if (value > 255) {
                return -1;
            }
            out.write(value);
            return at + 4;
        }
        out.write(text.charAt(at + 1));
        return at + 2;
    }

    private static String encode(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b == '"' || b == '\\') {
                text.append('\\').append((char) b);
            } else if (b < 0x20 || b > 0x7e) {
                text.append(String.format("\\%03d", b));
            } else {
                text.append((char) b);
            }
        }
        return text.append('"').toString();
    }
}
