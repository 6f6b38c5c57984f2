package io.cloudgate.identity.store;

import java.security.SecureRandom;

/** AWS-shaped identifiers and secrets. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Ids() {
    }

    public static String accountId() {
        StringBuilder id = new StringBuilder(12);
        id.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < 12; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    /** "AKIA" for long-term keys, "ASIA" for temporary ones, "AIDA" users, "AROA" roles: prefix plus 16 base32 characters. */
    public static String prefixed(String prefix) {
        return prefix + random(BASE32, 16);
    }

    public static String secretAccessKey() {
        return random(SECRET_ALPHABET, 40);
    }

    public static String sessionToken() {
        return "FQoGZXIvYXdzE" + random(SECRET_ALPHABET, 200);
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
