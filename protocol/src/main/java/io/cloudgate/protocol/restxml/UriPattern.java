package io.cloudgate.protocol.restxml;

import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled HTTP binding URI pattern: literal segments, {@code {Label}} segments, one greedy {@code {Key+}}
 * label, and literal query parts ({@code /foo?bar} or {@code ?x-id=Get}). A trailing slash on either side is
 * ignored, because the AWS CLI and Terraform disagree about it.
 */
final class UriPattern {
    private static final Map<String, UriPattern> COMPILED = new ConcurrentHashMap<>();

    private final List<String> segments;
    private final Map<String, String> requiredQuery;
    private final int greedyIndex;
    private final int literalCount;

    private UriPattern(List<String> segments, Map<String, String> requiredQuery) {
        this.segments = segments;
        this.requiredQuery = requiredQuery;
        int greedy = -1;
        int literals = 0;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                greedy = i;
            } else if (!segment.startsWith("{")) {
                literals++;
            }
        }
        this.greedyIndex = greedy;
        this.literalCount = literals;
    }

    static UriPattern of(String pattern) {
        return COMPILED.computeIfAbsent(pattern, UriPattern::compile);
    }

    private static UriPattern compile(String pattern) {
        int question = pattern.indexOf('?');
        String path = question < 0 ? pattern : pattern.substring(0, question);
        Map<String, String> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String part : pattern.substring(question + 1).split("&")) {
                if (!part.isEmpty()) {
                    int eq = part.indexOf('=');
                    query.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? null : part.substring(eq + 1));
                }
            }
        }
        return new UriPattern(split(path), query);
    }

    /** Path segments, percent-decoding left to the caller; leading and trailing slashes dropped. */
    static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        if (start >= end) {
            return parts;
        }
        for (String part : path.substring(start, end).split("/", -1)) {
            parts.add(part);
        }
        return parts;
    }

    /** Higher wins when several patterns match: more literal segments, then required query parts, then no greedy. */
    int specificity() {
        return literalCount * 100 + requiredQuery.size() * 10 + (greedyIndex < 0 ? 1 : 0);
    }

    /**
     * The label values (percent-decoded) if the raw path segments and query match, else null.
     * A label never matches an empty segment.
     */
    Map<String, String> match(List<String> rawSegments, Map<String, List<String>> query) {
        for (Map.Entry<String, String> required : requiredQuery.entrySet()) {
            List<String> values = query.get(required.getKey());
            if (values == null || required.getValue() != null && !values.contains(required.getValue())) {
                return null;
            }
        }
        int size = rawSegments.size();
        if (greedyIndex < 0 ? size != segments.size() : size < segments.size()) {
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int tail = segments.size() - 1 - greedyIndex;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (i == greedyIndex) {
                String joined = String.join("/", rawSegments.subList(i, size - tail));
                if (joined.isEmpty()) {
                    return null;
                }
                labels.put(segment.substring(1, segment.length() - 2), decode(joined));
                continue;
            }
            String raw = rawSegments.get(greedyIndex >= 0 && i > greedyIndex ? size - (segments.size() - i) : i);
            if (segment.startsWith("{")) {
                if (raw.isEmpty()) {
                    return null;
                }
                labels.put(segment.substring(1, segment.length() - 1), decode(raw));
            } else if (!segment.equals(decode(raw))) {
                return null;
            }
        }
        return labels;
    }

    /** Percent-decoding for paths: unlike forms, '+' is a plus sign. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] out = new byte[raw.length() * 3];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new MalformedRequestException("Invalid percent escape in path segment: " + raw);
                }
                out[n++] = (byte) ((hi << 4) | lo);
                i += 2;
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] utf8 = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(utf8, 0, out, n, utf8.length);
                n += utf8.length;
                i += Character.charCount(codePoint) - 1;
            }
        }
        return Utf8.decodeStrict(out, 0, n);
    }
}
