package io.cloudgate.dns.embedded;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Tokenizer;

/**
 * Rewrites TXT/SPF data so that strings longer than a DNS character-string (255 bytes) become several
 * consecutive strings, as DNS servers store long TXT values. Escapes ({@code \"}, {@code \DDD}) are kept whole.
 */
final class TxtStrings {
    static final int MAX_STRING_BYTES = 255;

    private TxtStrings() {
    }

    static String splitLongStrings(String presentation) throws IOException {
        Tokenizer tokenizer = new Tokenizer(presentation);
        StringBuilder out = new StringBuilder();
        while (true) {
            Tokenizer.Token token = tokenizer.get();
            if (!token.isString()) {
                break;
            }
            for (String chunk : chunks(token.value())) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append('"').append(chunk).append('"');
            }
        }
        return out.toString();
    }

    /** Splits escaped text into pieces of at most 255 decoded bytes, counting bytes as dnsjava does. */
    private static List<String> chunks(String escaped) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        int i = 0;
        while (i < escaped.length()) {
            int end = unitEnd(escaped, i);
            String unit = escaped.substring(i, end);
            int unitBytes = unit.startsWith("\\") ? 1 : unit.getBytes(Charset.defaultCharset()).length;
            if (bytes + unitBytes > MAX_STRING_BYTES) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(unit);
            bytes += unitBytes;
            i = end;
        }
        chunks.add(chunk.toString());
        return chunks;
    }

    /** End of one byte's worth of presentation text: an escape sequence, or one code point. */
    private static int unitEnd(String text, int start) {
        if (text.charAt(start) != '\\' || start + 1 >= text.length()) {
            return text.offsetByCodePoints(start, 1);
        }
        int digits = 0;
        while (digits < 3 && start + 1 + digits < text.length()
                && Character.isDigit(text.charAt(start + 1 + digits))) {
            digits++;
        }
        return digits == 3 ? start + 4 : start + 2;
    }
}
