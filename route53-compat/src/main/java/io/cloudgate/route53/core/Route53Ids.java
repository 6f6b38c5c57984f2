package io.cloudgate.route53.core;

import java.security.SecureRandom;

/** AWS-shaped ids: hosted zones {@code Z} + 20 upper-case alphanumerics, changes {@code C} + 20. */
public final class Route53Ids {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Route53Ids() {
    }

    public static String newZoneId() {
        return "Z" + random(20);
    }

    public static String newChangeId() {
        return "C" + random(20);
    }

    /** The bare id of {@code /hostedzone/Z...}, {@code hostedzone/Z...}, {@code /change/C...} or a bare id. */
    public static String bare(String id) {
        if (id == null) {
            return "";
        }
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
