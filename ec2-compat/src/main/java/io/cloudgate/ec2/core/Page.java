package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * MaxResults/NextToken paging over a listing in a stable order. The token names the first item of the
 * next page, so pages stay consistent when items are added or removed between calls.
 */
public record Page<T>(List<T> items, String nextToken) {
    /**
     * @param sorted      the whole listing, in id order
     * @param maxResults  null for everything; otherwise min..max
     */
    public static <T> Page<T> of(List<T> sorted, Function<T, String> id, Integer maxResults, String nextToken,
                                 int min, int max) {
        if (maxResults != null && (maxResults < min || maxResults > max)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value ( " + maxResults
                    + " ) for parameter maxResults is invalid. Expecting a value between " + min + " and " + max + ".");
        }
        int start = 0;
        if (nextToken != null && !nextToken.isEmpty()) {
            String after = decode(nextToken);
            while (start < sorted.size() && id.apply(sorted.get(start)).compareTo(after) < 0) {
                start++;
            }
        }
        int end = maxResults == null ? sorted.size() : Math.min(sorted.size(), start + maxResults);
        String token = end < sorted.size() ? encode(id.apply(sorted.get(end))) : null;
        return new Page<>(sorted.subList(start, end), token);
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidNextToken", "The token '" + token + "' is invalid.");
        }
    }
}
