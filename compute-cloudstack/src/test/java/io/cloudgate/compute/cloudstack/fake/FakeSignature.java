package io.cloudgate.compute.cloudstack.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of CloudStack's signature, written from the recordings' README rather than taken from the client
 * under test: every parameter but {@code signature}, names sorted case-sensitively and left raw, values
 * URL-encoded with {@code %20} for spaces, the whole string lower-cased, HMAC-SHA1, base64.
 */
final class FakeSignature {
    private FakeSignature() {
    }

    static boolean verifies(String secretKey, Map<String, String> params) {
        String given = params.get("signature");
        if (given == null) {
            return false;
        }
        List<String> names = new ArrayList<>(params.keySet());
        names.remove("signature");
        names.sort(String::compareTo);
        StringBuilder canonical = new StringBuilder();
        for (String name : names) {
            if (!canonical.isEmpty()) {
                canonical.append('&');
            }
            canonical.append(name).append('=')
                    .append(URLEncoder.encode(params.get(name), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] expected = mac.doFinal(canonical.toString().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(Base64.getEncoder().encode(expected),
                    given.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
