package io.cloudgate.cloudwatch.metrics;

/** Sample count, sum, minimum and maximum of a set of values: what every stored sample and aggregate carries. */
public record StatisticSet(double sampleCount, double sum, double minimum, double maximum) {

    public static StatisticSet of(double value) {
        return new StatisticSet(1, value, value, value);
    }

    /** The statistics of values each repeated its count times. */
    public static StatisticSet of(Distribution distribution) {
        double count = 0;
        double sum = 0;
        for (int i = 0; i < distribution.values().size(); i++) {
            double weight = distribution.counts().get(i);
            count += weight;
            sum += distribution.values().get(i) * weight;
        }
        return new StatisticSet(count, sum, distribution.values().getFirst(), distribution.values().getLast());
    }

    public StatisticSet merge(StatisticSet other) {
        return new StatisticSet(sampleCount + other.sampleCount, sum + other.sum, Math.min(minimum, other.minimum),
                Math.max(maximum, other.maximum));
    }

    public double average() {
        return sum / sampleCount;
    }
}
