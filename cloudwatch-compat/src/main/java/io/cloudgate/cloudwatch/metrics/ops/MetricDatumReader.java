package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;
import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.MetricSample;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * Turns one PutMetricData datum into a sample, with CloudWatch's checks and wording: exactly one of Value, Values
 * and StatisticValues; finite values within ±2^360; Values and Counts of one size (at most 150); a storage
 * resolution of 1 or 60; a timestamp at most two weeks old and two hours ahead; a known unit.
 */
final class MetricDatumReader {
    static final int MAX_VALUES = 150;
    private static final double LARGEST = Math.pow(2, 360);
    private static final double SMALLEST = Math.pow(2, -260);

    private MetricDatumReader() {
    }

    static MetricSample read(MetricDatum datum, String member, Instant now) {
        boolean hasValue = datum.value() != null;
        boolean hasValues = datum.hasValues() && !datum.values().isEmpty();
        boolean hasStatistics = datum.statisticValues() != null;
        exclusive(hasValue, hasValues, member + ".Value", member + ".Values");
        exclusive(hasValue, hasStatistics, member + ".Value", member + ".StatisticValues");
        exclusive(hasValues, hasStatistics, member + ".Values", member + ".StatisticValues");
        String unit = unit(datum, member);
        int resolution = resolution(datum.storageResolution(), member);
        Instant timestamp = timestamp(datum.timestamp(), member, now);
        if (hasStatistics) {
            return new MetricSample(timestamp, unit, resolution, statistics(datum, member), null);
        }
        if (hasValues) {
            Distribution distribution = distribution(datum, member);
            return distribution == null ? null
                    : new MetricSample(timestamp, unit, resolution, StatisticSet.of(distribution), distribution);
        }
        if (!hasValue) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member + ".Value is required.");
        }
        double value = checked(datum.value(), member + ".Value");
        return new MetricSample(timestamp, unit, resolution, StatisticSet.of(value), Distribution.of(value));
    }

    private static void exclusive(boolean first, boolean second, String firstName, String secondName) {
        if (first && second) {
            throw AwsException.badRequest("InvalidParameterCombination", "The parameters " + firstName + " and "
                    + secondName + " are mutually exclusive and you have specified both.");
        }
    }

    static double checked(Double value, String member) {
        if (value == null) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member + " is required.");
        }
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || magnitude > LARGEST || magnitude != 0 && magnitude < SMALLEST) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + value + " for parameter "
                    + member + " is invalid.");
        }
        return value;
    }

    private static String unit(MetricDatum datum, String member) {
        String unit = datum.unitAsString();
        if (unit == null) {
            return StandardUnit.NONE.toString();
        }
        if (StandardUnit.fromValue(unit) == StandardUnit.UNKNOWN_TO_SDK_VERSION) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + unit + " for parameter "
                    + member + ".Unit is invalid.");
        }
        return unit;
    }

    private static int resolution(Integer storageResolution, String member) {
        if (storageResolution == null) {
            return 60;
        }
        if (storageResolution != 1 && storageResolution != 60) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + storageResolution
                    + " for parameter " + member + ".StorageResolution is invalid. Valid values are 1 and 60.");
        }
        return storageResolution;
    }

    private static Instant timestamp(Instant timestamp, String member, Instant now) {
        if (timestamp == null) {
            return now;
        }
        if (timestamp.isBefore(now.minus(Duration.ofDays(14)))) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + member
                    + ".Timestamp must specify a time within the past two weeks.");
        }
        if (timestamp.isAfter(now.plus(Duration.ofHours(2)))) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + member
                    + ".Timestamp must specify a time no more than two hours in the future.");
        }
        return timestamp;
    }

    private static StatisticSet statistics(MetricDatum datum, String member) {
        var set = datum.statisticValues();
        String prefix = member + ".StatisticValues.";
        if (set.sampleCount() == null || set.sum() == null || set.minimum() == null || set.maximum() == null) {
            throw AwsException.badRequest("MissingParameter", "The parameters " + prefix + "SampleCount, " + prefix
                    + "Sum, " + prefix + "Minimum and " + prefix + "Maximum are required.");
        }
        double count = checked(set.sampleCount(), prefix + "SampleCount");
        double minimum = checked(set.minimum(), prefix + "Minimum");
        double maximum = checked(set.maximum(), prefix + "Maximum");
        if (count <= 0) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + set.sampleCount()
                    + " for parameter " + prefix + "SampleCount is invalid.");
        }
        if (minimum > maximum) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + prefix
                    + "Minimum must not be greater than the parameter " + prefix + "Maximum.");
        }
        return new StatisticSet(count, checked(set.sum(), prefix + "Sum"), minimum, maximum);
    }

    private static Distribution distribution(MetricDatum datum, String member) {
        List<Double> values = datum.values();
        boolean hasCounts = datum.hasCounts() && !datum.counts().isEmpty();
        if (hasCounts && datum.counts().size() != values.size()) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameters " + member + ".Values and "
                    + member + ".Counts must be of the same size.");
        }
        if (values.size() > MAX_VALUES) {
            throw AwsException.badRequest("InvalidParameterValue", "The collection " + member
                    + ".Values must not have a size greater than " + MAX_VALUES + ".");
        }
        List<Double> counts = hasCounts ? datum.counts() : Collections.nCopies(values.size(), 1.0);
        List<Double> checkedValues = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            checkedValues.add(checked(values.get(i), member + ".Values.member." + (i + 1)));
            double count = checked(counts.get(i), member + ".Counts.member." + (i + 1));
            if (count < 0) {
                throw AwsException.badRequest("InvalidParameterValue", "The value " + count + " for parameter "
                        + member + ".Counts.member." + (i + 1) + " is invalid.");
            }
        }
        return Distribution.of(checkedValues, counts);
    }
}
