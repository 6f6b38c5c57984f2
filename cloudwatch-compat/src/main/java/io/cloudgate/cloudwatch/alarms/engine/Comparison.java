package io.cloudgate.cloudwatch.alarms.engine;

/** The static-threshold comparison operators and the words AWS uses for them in state reasons. */
enum Comparison {
    GREATER_THAN_OR_EQUAL_TO_THRESHOLD("GreaterThanOrEqualToThreshold", "greater than or equal to"),
    GREATER_THAN_THRESHOLD("GreaterThanThreshold", "greater than"),
    LESS_THAN_THRESHOLD("LessThanThreshold", "less than"),
    LESS_THAN_OR_EQUAL_TO_THRESHOLD("LessThanOrEqualToThreshold", "less than or equal to");

    private final String awsName;
    private final String words;

    Comparison(String awsName, String words) {
        this.awsName = awsName;
        this.words = words;
    }

    static Comparison of(String awsName) {
        for (Comparison comparison : values()) {
            if (comparison.awsName.equals(awsName)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("Not a static-threshold operator: " + awsName);
    }

    boolean breaches(double value, double threshold) {
        return switch (this) {
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> value >= threshold;
            case GREATER_THAN_THRESHOLD -> value > threshold;
            case LESS_THAN_THRESHOLD -> value < threshold;
            case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> value <= threshold;
        };
    }

    String words() {
        return words;
    }
}
