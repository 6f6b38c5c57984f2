package io.cloudgate.cloudwatch.alarms.model;

import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;

/** A metric dimension as stored with an alarm. */
public record StoredDimension(String name, String value) {

    public static List<StoredDimension> fromSdk(List<Dimension> dimensions) {
        return dimensions.stream().map(d -> new StoredDimension(d.name(), d.value())).toList();
    }

    public static List<Dimension> toSdk(List<StoredDimension> dimensions) {
        return dimensions.stream().map(d -> Dimension.builder().name(d.name()).value(d.value()).build()).toList();
    }
}
