package io.cloudgate.api;

import java.util.regex.Pattern;

/** Input checks that answer with AWS's "1 validation error detected" wording. */
public final class Validation {
    private Validation() {
    }

    public static String required(String value, String member) {
        if (value == null) {
            throw AwsException.validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    public static void length(String value, String member, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw AwsException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length "
                    + (value.length() < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    public static void pattern(String value, String member, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw AwsException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + pattern.pattern());
        }
    }

    public static int range(Integer value, String member, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw AwsException.validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value "
                    + (value < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
        return value;
    }
}
