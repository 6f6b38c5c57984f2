package io.cloudgate.elb.v2.state;

import io.cloudgate.api.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Marker/PageSize paging of the v2 describe calls: pages of 1 to 400 items (400 when no size is given), each
 * marker naming the ARN of the first item of the next page in a listing that keeps its order between calls.
 */
public final class V2Pages {
    private static final int MAX_PAGE_SIZE = 400;

    /** One page and the marker of the next (null on the last page). */
    public record Page<T>(List<T> items, String nextMarker) {
    }

    private V2Pages() {
    }

    public static <T> Page<T> of(List<T> ordered, Function<T, String> arn, String marker, Integer pageSize) {
        int size = Validation.range(pageSize, "pageSize", 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        int start = 0;
        if (marker != null) {
            String first = decode(marker);
            start = -1;
            for (int i = 0; i < ordered.size() && start < 0; i++) {
                if (arn.apply(ordered.get(i)).equals(first)) {
                    start = i;
                }
            }
            if (start < 0) {
                // The item the marker names was deleted since the previous page, or the marker is not ours.
                throw V2Errors.validation("The marker '" + marker + "' is not valid");
            }
        }
        int end = Math.min(ordered.size(), start + size);
        String next = end < ordered.size() ? encode(arn.apply(ordered.get(end))) : null;
        return new Page<>(ordered.subList(start, end), next);
    }

    private static String encode(String arn) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(arn.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw V2Errors.validation("The marker '" + marker + "' is not valid");
        }
    }
}
