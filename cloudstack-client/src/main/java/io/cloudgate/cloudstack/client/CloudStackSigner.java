package io.cloudgate.cloudstack.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CloudStack's request signature: the parameters (apiKey included, signature excluded) sorted by name with a
 * case-sensitive sort, written {@code name=value} with raw names and values encoded like Java's URLEncoder but
 * with {@code %20} for a space, joined by {@code &}, the whole string lower-cased, then HMAC-SHA1 under the
 * secret key, base64.
 */
public final class CloudStackSigner {
    private CloudStackSigner() {
    }

    /** The string that is signed. */
    public static String canonical(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("signature"))
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
                .toLowerCase(Locale.ROOT);
    }

    /** base64(HMAC-SHA1(secretKey, canonical(params))). */
    public static String signature(String secretKey, Map<String, String> params) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(canonical(params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is a required JDK algorithm", e);
        }
    }

    /** Whether the request's {@code signature} parameter is the right one for the secret key. */
    public static boolean verifies(String secretKey, Map<String, String> paramsWithSignature) {
        String given = paramsWithSignature.get("signature");
        return given != null && java.security.MessageDigest.isEqual(
                given.getBytes(StandardCharsets.US_ASCII),
                signature(secretKey, paramsWithSignature).getBytes(StandardCharsets.US_ASCII));
    }

    /** A value as CloudStack encodes it: URLEncoder's UTF-8 form with {@code +} replaced by {@code %20}. */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
