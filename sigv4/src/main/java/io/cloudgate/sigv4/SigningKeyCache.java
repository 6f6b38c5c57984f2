package io.cloudgate.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derived SigV4 signing keys, so that a client's repeated requests cost one HMAC instead of five. A key
 * depends on the secret, day, region and service; the cache holds at most {@code maxEntries} and evicts an
 * arbitrary entry when full, which keeps it lock-free and bounded.
 */
final class SigningKeyCache {

    private record Entry(String secret, String date, String region, String service) {
    }

    private final ConcurrentHashMap<Entry, byte[]> keys = new ConcurrentHashMap<>();
    private final int maxEntries;

    SigningKeyCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries: " + maxEntries + " (expected: >= 1)");
        }
        this.maxEntries = maxEntries;
    }

    /** The signing key; callers must not modify the returned array. */
    byte[] signingKey(String secret, CredentialScope scope) {
        Entry entry = new Entry(secret, scope.date(), scope.region(), scope.service());
        byte[] key = keys.get(entry);
        if (key == null) {
            key = derive(secret, scope);
            evictIfFull();
            keys.put(entry, key);
        }
        return key;
    }

    int size() {
        return keys.size();
    }

    static byte[] derive(String secret, CredentialScope scope) {
        byte[] date = Crypto.hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), utf8(scope.date()));
        byte[] region = Crypto.hmacSha256(date, utf8(scope.region()));
        byte[] service = Crypto.hmacSha256(region, utf8(scope.service()));
        return Crypto.hmacSha256(service, utf8(CredentialScope.TERMINATOR));
    }

    private void evictIfFull() {
        Iterator<Entry> it = keys.keySet().iterator();
        while (keys.size() >= maxEntries && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
