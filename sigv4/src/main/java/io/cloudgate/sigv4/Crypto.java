package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests and MACs the signature versions use; every JDK ships these algorithms. Instances come from small
 * pools: looking an algorithm up through the JCA providers costs more than hashing a request, and instances are
 * not thread-safe.
 */
final class Crypto {

    static final String HMAC_SHA256 = "HmacSHA256";
    static final String HMAC_SHA1 = "HmacSHA1";

    private static final int POOL_SIZE = 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final InstancePool<Mac> HMAC_SHA256_POOL = new InstancePool<>(POOL_SIZE, () -> mac(HMAC_SHA256));
    private static final InstancePool<Mac> HMAC_SHA1_POOL = new InstancePool<>(POOL_SIZE, () -> mac(HMAC_SHA1));
    private static final InstancePool<MessageDigest> SHA256_POOL = new InstancePool<>(POOL_SIZE, Crypto::sha256Digest);

    private Crypto() {
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        InstancePool<Mac> pool = switch (algorithm) {
            case HMAC_SHA256 -> HMAC_SHA256_POOL;
            case HMAC_SHA1 -> HMAC_SHA1_POOL;
            default -> throw new IllegalArgumentException("Unsupported MAC " + algorithm);
        };
        Mac mac = pool.take();
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable " + algorithm + " key", e);
        }
        byte[] result = mac.doFinal(data);
        pool.give(mac);
        return result;
    }

    static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac(HMAC_SHA256, key, data);
    }

    static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    static byte[] sha256(byte[] data) {
        MessageDigest digest = SHA256_POOL.take();
        byte[] result = digest.digest(data);
        SHA256_POOL.give(digest);
        return result;
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

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }
}
