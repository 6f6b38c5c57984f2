package io.cloudgate.protocol.smithy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalizes decoded and expected values so that equal meaning compares equal: maps become sorted, every finite
 * number becomes a BigDecimal without trailing zeros (floats through their shortest decimal text), blobs a
 * base64 string. Special floating-point values stay Doubles.
 */
final class CanonicalValues {
    private CanonicalValues() {
    }

    /** A blob, compared by content. */
    record Bytes(String base64) {
    }

    static Object of(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put(String.valueOf(k), of(v)));
                yield sorted;
            }
            case Collection<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(of(item)));
                yield out;
            }
            case byte[] bytes -> new Bytes(Base64.getEncoder().encodeToString(bytes));
            case Float f -> floatingPoint(f.isNaN() || f.isInfinite(), f.doubleValue(), Float.toString(f));
            case Double d -> floatingPoint(d.isNaN() || d.isInfinite(), d, Double.toString(d));
            case BigDecimal d -> d.stripTrailingZeros();
            case Number n -> new BigDecimal(n.toString()).stripTrailingZeros();
            default -> value;
        };
    }

    private static Object floatingPoint(boolean special, double value, String text) {
        return special ? (Object) value : new BigDecimal(text).stripTrailingZeros();
    }
}
