package io.cloudgate.identity.iam;

import java.util.List;
import java.util.function.Function;

/** One page of an IAM listing; the marker is the key of the first item of the next page. */
record Page<T>(List<T> items, boolean truncated, String nextMarker) {
    static <T> Page<T> of(List<T> all, Function<T, String> key, String marker, int maxItems) {
        int start = 0;
        if (marker != null) {
            while (start < all.size() && key.apply(all.get(start)).compareToIgnoreCase(marker) < 0) {
                start++;
            }
        }
        int end = Math.min(all.size(), start + maxItems);
        boolean truncated = end < all.size();
        return new Page<>(all.subList(start, end), truncated, truncated ? key.apply(all.get(end)) : null);
    }
}
