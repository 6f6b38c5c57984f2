package io.cloudgate.ec2.ops.network;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Adapters from a view's fields to the value lists {@link io.cloudgate.ec2.core.Filters} matches against. */
public final class FilterValues {
    private FilterValues() {
    }

    /** A single-valued field; null means no value. */
    public static <T> Function<T, Collection<String>> one(Function<T, ?> field) {
        return resource -> {
            Object value = field.apply(resource);
            return value == null ? List.of() : List.of(String.valueOf(value));
        };
    }

    /** A field with one value per element of a list. */
    public static <T, E> Function<T, Collection<String>> each(Function<T, List<E>> list, Function<E, ?> field) {
        return resource -> list.apply(resource).stream()
                .map(field)
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .toList();
    }
}
