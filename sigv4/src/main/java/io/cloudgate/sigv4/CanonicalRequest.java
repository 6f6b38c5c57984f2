package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Assembles the SigV4 canonical request and string to sign. */
final class CanonicalRequest {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private CanonicalRequest() {
    }

    /**
     * The canonical headers block: one {@code name:value} line per signed header, in the order
     * {@code SignedHeaders} lists them; a header's values are trimmed, inner whitespace runs collapsed to one
     * space, and joined with {@code ,}. A signed header the request lacks contributes an empty value.
     */
    static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder(256);
        for (String name : signedHeaders) {
            out.append(name).append(':');
            List<String> values = request.headers().get(name);
            if (values != null) {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    appendTrimmed(out, values.get(i));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String canonicalRequest(String method, String canonicalUri, String canonicalQuery,
                                   String canonicalHeaders, String signedHeaders, String payloadHash) {
        return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n'
                + signedHeaders + '\n' + payloadHash;
    }

    static String stringToSign(String requestDateTime, CredentialScope scope, String canonicalRequest) {
        return ALGORITHM + '\n' + requestDateTime + '\n' + scope.value() + '\n'
                + Crypto.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    private static void appendTrimmed(StringBuilder out, String value) {
        if (isTrimmed(value)) {
            out.append(value);
            return;
        }
        boolean pendingSpace = false;
        boolean wroteWord = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = wroteWord;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                wroteWord = true;
            }
        }
    }

    /** True when the value has nothing to trim or collapse: no edge space and only single spaces inside. */
    private static boolean isTrimmed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edgeOrRepeatedSpace = c == ' '
                    && (i == 0 || i == value.length() - 1 || value.charAt(i - 1) == ' ');
            if (edgeOrRepeatedSpace || c != ' ' && isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The whitespace set the AWS SDKs collapse: space, tab, LF, VT, CR, FF. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f';
    }
}
