package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests and MACs the signature versions use; every JDK ships these algorithms. Each call works on a clone
 * of a prototype instance: looking an algorithm up through the JCA providers costs more than the hashing of a
 * request, and instances are not thread-safe (nor worth keeping per virtual thread).
 */
final class Crypto {

    static final String HMAC_SHA256 = "HmacSHA256";
    static final String HMAC_SHA1 = "HmacSHA1";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Mac HMAC_SHA256_PROTOTYPE = macPrototype(HMAC_SHA256);
    private static final Mac HMAC_SHA1_PROTOTYPE = macPrototype(HMAC_SHA1);
    private static final MessageDigest SHA256_PROTOTYPE = digestPrototype("SHA-256");

    private Crypto() {
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        Mac prototype = switch (algorithm) {
            case HMAC_SHA256 -> HMAC_SHA256_PROTOTYPE;
            case HMAC_SHA1 -> HMAC_SHA1_PROTOTYPE;
            default -> throw new IllegalArgumentException("Unsupported MAC " + algorithm);
        };
        try {
            Mac mac = (Mac) prototype.clone();
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }

    static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac(HMAC_SHA256, key, data);
    }

    static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    static byte[] sha256(byte[] data) {
        try {
            return ((MessageDigest) SHA256_PROTOTYPE.clone()).digest(data);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK lacks a cloneable SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return new String(hexBytes(bytes), StandardCharsets.US_ASCII);
    }

    /** Lower-case hex digits as ASCII bytes. */
    static byte[] hexBytes(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return out;
    }

    /** Cloning also fixes the provider now, so that later clones (from any thread) only copy state. */
    private static Mac macPrototype(String algorithm) {
        try {
            Mac prototype = Mac.getInstance(algorithm);
            prototype.init(new SecretKeySpec(new byte[32], algorithm));
            prototype.clone();
            return prototype;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("JDK lacks a cloneable " + algorithm, e);
        }
    }

    private static MessageDigest digestPrototype(String algorithm) {
        try {
            MessageDigest prototype = MessageDigest.getInstance(algorithm);
            prototype.clone();
            return prototype;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("JDK lacks a cloneable " + algorithm, e);
        }
    }
}
