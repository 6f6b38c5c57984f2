package io.cloudgate.elb.core;

import java.security.SecureRandom;
import java.util.HexFormat;

/** ARNs of Elastic Load Balancing resources and the 16-hex-digit ids inside them. */
public final class ElbArns {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ElbArns() {
    }

    public static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code arn:aws:elasticloadbalancing:<region>:<account>:<resource>} */
    public static String arn(String region, String account, String resource) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + account + ":" + resource;
    }

    /**
     * The resource part of an ELB ARN of this region and account, split on '/'; null when the ARN is not one
     * (malformed, another service, region or account).
     */
    public static String[] resource(String arn, String region, String account) {
        String prefix = arn(region, account, "");
        if (arn == null || !arn.startsWith(prefix)) {
            return null;
        }
        return arn.substring(prefix.length()).split("/", -1);
    }
}
