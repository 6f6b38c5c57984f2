package io.cloudgate.sigv4;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Generates awkward but legal unsigned requests for the signer-against-verifier test: dot segments, empty
 * segments, reserved and non-ASCII characters in path and query, repeated and empty query parameters,
 * headers with runs of whitespace, long header values, random binary bodies.
 */
final class RandomRequests {

    private static final String[] HOSTS = {"ec2.us-east-1.amazonaws.com", "monitoring.eu-west-3.amazonaws.com",
        "route53.amazonaws.com", "localhost:8443"};
    private static final String TEXT = "abcxyzABCXYZ0189-._~ +%&=*:@!$'(),;/?#[]\"<>\\^`{|}é日ሴ😀";
    private static final String VALUE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final Random random;

    RandomRequests(Random random) {
        this.random = random;
    }

    /** An unsigned request; {@code allowEmptyQueryName} adds {@code =value} pairs, which signers skip. */
    SdkHttpFullRequest next(boolean post, boolean allowEmptyQueryName) {
        SdkHttpFullRequest.Builder builder = SdkHttpFullRequest.builder()
                .method(post ? SdkHttpMethod.POST : SdkHttpMethod.GET)
                .uri(URI.create("https://" + HOSTS[random.nextInt(HOSTS.length)]))
                .encodedPath(path());
        addQuery(builder, allowEmptyQueryName);
        addHeaders(builder);
        if (post) {
            builder.putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        }
        builder.putHeader("User-Agent", "aws-sdk-java/2.40.2 random/" + random.nextInt(1000));
        return builder.build();
    }

    byte[] body() {
        byte[] body = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(300)];
        random.nextBytes(body);
        return body;
    }

    private String path() {
        int segments = random.nextInt(6);
        if (segments == 0) {
            return random.nextBoolean() ? "/" : "";
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments; i++) {
            path.append('/');
            int kind = random.nextInt(10);
            if (kind == 0) {
                path.append('.');
            } else if (kind == 1) {
                path.append("..");
            } else if (kind > 2) {
                path.append(SdkHttpUtils.urlEncode(text(1 + random.nextInt(8))));
            }
        }
        if (random.nextInt(3) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    private void addQuery(SdkHttpFullRequest.Builder builder, boolean allowEmptyQueryName) {
        List<String> names = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            String name = !names.isEmpty() && random.nextInt(3) == 0
                    ? names.get(random.nextInt(names.size()))
                    : text(1 + random.nextInt(8));
            names.add(name);
            int kind = random.nextInt(10);
            String value = kind == 0 ? null : kind == 1 ? "" : text(random.nextInt(12));
            builder.appendRawQueryParameter(name, value);
        }
        if (allowEmptyQueryName && random.nextInt(5) == 0) {
            builder.appendRawQueryParameter("", text(3));
        }
    }

    private void addHeaders(SdkHttpFullRequest.Builder builder) {
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = "x-cg-" + (char) ('a' + random.nextInt(26)) + random.nextInt(100);
            int values = random.nextInt(5) == 0 ? 2 : 1;
            for (int v = 0; v < values; v++) {
                builder.appendHeader(name, headerValue(random.nextInt(20) == 0 ? 200 + random.nextInt(400) : 30));
            }
        }
    }

    /** Printable words separated by runs of spaces and tabs, sometimes padded. */
    private String headerValue(int approximateLength) {
        StringBuilder value = new StringBuilder();
        if (random.nextInt(4) == 0) {
            value.append("  ");
        }
        while (value.length() < approximateLength) {
            int word = 1 + random.nextInt(8);
            for (int i = 0; i < word; i++) {
                value.append(VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
            }
            value.append(random.nextInt(3) == 0 ? " \t  " : " ");
        }
        return random.nextBoolean() ? value.toString().strip() : value.toString();
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < length) {
            text.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0,
                    random.nextInt(TEXT.codePointCount(0, TEXT.length())))));
        }
        return text.toString();
    }
}
