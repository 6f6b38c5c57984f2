package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
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
        return of(sorted.iterator(), id, maxResults, nextToken, min, max);
    }

    /**
     * The same paging over a listing produced lazily in id order: it is read only up to the first item after
     * the page, so work done per item on the way (filtering, joining) is done for that many items only.
     */
    public static <T> Page<T> of(Iterator<T> sorted, Function<T, String> id, Integer maxResults, String nextToken,
                                 int min, int max) {
        if (maxResults != null && (maxResults < min || maxResults > max)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value ( " + maxResults
                    + " ) for parameter maxResults is invalid. Expecting a value between " + min + " and " + max + ".");
        }
        String first = firstIdOf(nextToken);
        List<T> items = new ArrayList<>();
        while (sorted.hasNext()) {
            T item = sorted.next();
            if (first != null && id.apply(item).compareTo(first) < 0) {
                continue;
            }
            if (maxResults != null && items.size() == maxResults) {
                return new Page<>(items, encode(id.apply(item)));
            }
            items.add(item);
        }
        return new Page<>(items, null);
    }

    /** The id of the first item of the page a token asks for; null without a token. */
    public static String firstIdOf(String nextToken) {
        if (nextToken == null || nextToken.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidNextToken", "The token '" + nextToken + "' is invalid.");
        }
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
