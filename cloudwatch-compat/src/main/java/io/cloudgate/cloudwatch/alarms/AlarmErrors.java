package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.AwsException;
import java.util.Collection;

/** CloudWatch's alarm error codes and wordings. */
final class AlarmErrors {
    private AlarmErrors() {
    }

    static AwsException validation(String message) {
        return AwsException.validation(message);
    }

    static AwsException combination(String message) {
        return AwsException.badRequest("InvalidParameterCombination", message);
    }

    static AwsException invalidValue(String message) {
        return AwsException.badRequest("InvalidParameterValue", message);
    }

    /** AWS answers an alarm that does not exist with ResourceNotFound and no message. */
    static AwsException notFound() {
        return AwsException.notFound("ResourceNotFound", "");
    }

    static void enumValue(String value, String member, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw validation("1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        }
    }

    /** The wording AWS uses for free-text options (TreatMissingData, EvaluateLowSampleCountPercentile). */
    static void option(String value, String parameter, Collection<String> allowed, String allowedText) {
        if (value != null && !allowed.contains(value)) {
            throw validation("Option " + value + " is not supported. Supported options for parameter " + parameter
                    + " are " + allowedText + ".");
        }
    }
}
