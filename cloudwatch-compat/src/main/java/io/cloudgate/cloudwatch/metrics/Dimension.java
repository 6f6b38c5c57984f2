package io.cloudgate.cloudwatch.metrics;

import java.util.Objects;

/** One dimension of a metric series: a name and its value. */
public record Dimension(String name, String value) {
    public Dimension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
