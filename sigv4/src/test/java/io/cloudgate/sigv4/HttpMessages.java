package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the HTTP/1.1 messages of the AWS signing test suite into a {@link SignedRequest}: request line,
 * {@code Name:value} headers (a folded continuation line counts as one more value of the header above,
 * as the suite's canonical requests show), blank line, body.
 */
final class HttpMessages {

    private HttpMessages() {
    }

    static SignedRequest parse(byte[] message) {
        int headerEnd = indexOf(message, "\n\n".getBytes(StandardCharsets.US_ASCII));
        String head = new String(message, 0, headerEnd < 0 ? message.length : headerEnd, StandardCharsets.UTF_8);
        byte[] body = headerEnd < 0 ? new byte[0] : Arrays.copyOfRange(message, headerEnd + 2, message.length);
        String[] lines = head.split("\n");
        String requestLine = lines[0];
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(' '));
        int question = target.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String previous = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && previous != null) {
                headers.get(previous).add(line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            previous = line.substring(0, colon).toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(previous, name -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        return new SignedRequest(method, question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), headers, body);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
