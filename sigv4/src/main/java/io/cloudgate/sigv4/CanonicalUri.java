package io.cloudgate.sigv4;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical URI of a non-S3 SigV4 request. Signers encode the already percent-encoded path once more
 * ("double encoding"), so the canonical URI is the raw path with every byte outside the unreserved set and
 * {@code /} encoded, {@code %} included.
 *
 * <p>Signers disagree on dot segments and empty segments: the AWS SDK for Java v2 normalizes the path as
 * {@link java.net.URI#normalize()} does (which also collapses repeated slashes) and drops a trailing slash
 * that normalization introduced; other signers sign the path as sent. {@link #candidates} returns the
 * SDK form first and the as-sent form when it differs, and a signature over either is accepted. Each
 * candidate is a deterministic function of the path received, so this widens nothing an attacker controls.
 */
final class CanonicalUri {

    private CanonicalUri() {
    }

    private static final List<String> ROOT = List.of("/");

    static List<String> candidates(String rawPath) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return ROOT;
        }
        String asSent = UriEncoding.encode(rawPath, true);
        if (rawPath.charAt(0) != '/') {
            return List.of(asSent);
        }
        String normalized = normalized(rawPath);
        return normalized.equals(asSent) ? List.of(asSent) : List.of(normalized, asSent);
    }

    private static String normalized(String rawPath) {
        String path = UriEncoding.encode(removeDotSegments(rawPath), true);
        boolean addedTrailingSlash = path.length() > 1 && path.endsWith("/") && !decodedEndsWithSlash(rawPath);
        return addedTrailingSlash ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * {@link java.net.URI#normalize()} for an absolute path: empty and {@code .} segments go, a {@code ..}
     * removes the segment before it unless that is itself {@code ..}, and each surviving segment keeps the
     * slash that followed it.
     */
    static String removeDotSegments(String absolutePath) {
        List<String> segments = new ArrayList<>();
        List<Boolean> slashAfter = new ArrayList<>();
        int start = 1;
        while (start <= absolutePath.length()) {
            int end = absolutePath.indexOf('/', start);
            boolean followedBySlash = end >= 0;
            if (end < 0) {
                end = absolutePath.length();
            }
            String segment = absolutePath.substring(start, end);
            if (segment.equals("..") && !segments.isEmpty() && !segments.getLast().equals("..")) {
                segments.removeLast();
                slashAfter.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
                slashAfter.add(followedBySlash);
            }
            start = end + 1;
        }
        StringBuilder out = new StringBuilder(absolutePath.length()).append('/');
        for (int i = 0; i < segments.size(); i++) {
            out.append(segments.get(i));
            if (slashAfter.get(i)) {
                out.append('/');
            }
        }
        return out.toString();
    }

    private static boolean decodedEndsWithSlash(String rawPath) {
        byte[] decoded = UriEncoding.decode(rawPath);
        return decoded.length > 0 && decoded[decoded.length - 1] == '/';
    }
}
