package io.cloudgate.sigv4;

import io.cloudgate.sigv4.AuthenticationException.Failure;

/**
 * The payload hash line of the canonical request. Without {@code x-amz-content-sha256} (what the clients
 * of these services send) it is the SHA-256 of the body. {@code UNSIGNED-PAYLOAD} is taken at its word. A
 * declared hash is used only if the body really has that hash; otherwise the body would be unsigned.
 */
final class PayloadHash {

    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private PayloadHash() {
    }

    static String of(SignedRequest request) {
        String declared = request.firstHeader("x-amz-content-sha256");
        if (declared == null) {
            return Crypto.sha256Hex(request.body());
        }
        if (declared.equals(UNSIGNED_PAYLOAD)) {
            return declared;
        }
        if (!isSha256Hex(declared)) {
            throw AuthenticationException.malformed(
                    "x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a valid sha256 value.");
        }
        if (!declared.equals(Crypto.sha256Hex(request.body()))) {
            throw new AuthenticationException(Failure.SIGNATURE_MISMATCH,
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        return declared;
    }

    /** Sixty-four lower-case hex digits. */
    private static boolean isSha256Hex(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
