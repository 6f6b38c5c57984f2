package io.cloudgate.protocol.smithy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Compares a produced body with a case's expected body by meaning, following its bodyMediaType: JSON and CBOR as
 * decoded trees, XML as element trees; anything else byte for byte.
 */
final class BodyComparison {
    private BodyComparison() {
    }

    /** Null when the bodies match, else a description of the difference. */
    static String difference(String mediaType, String expected, byte[] actual) {
        if (expected.isEmpty()) {
            return actual.length == 0 ? null : "expected an empty body but got " + actual.length + " bytes";
        }
        try {
            return switch (mediaType == null ? "" : mediaType) {
                case "application/json" -> JsonBodies.difference(expected, actual);
                case "application/cbor" -> CborBodies.difference(Base64.getMimeDecoder().decode(expected), actual);
                case "application/xml" -> XmlBodies.difference(expected, actual);
                default -> {
                    String text = new String(actual, StandardCharsets.UTF_8);
                    yield expected.equals(text) ? null : "expected body <" + expected + "> but got <" + text + ">";
                }
            };
        } catch (Exception e) {
            return "cannot compare bodies: " + e + "; actual body: " + printable(actual);
        }
    }

    static String printable(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
