package io.cloudgate.cloudwatch.metrics.ops;

import io.cloudgate.api.AwsException;

/** Required names and their lengths: namespaces and metric and dimension names up to 255, values up to 1024. */
final class Names {
    private Names() {
    }

    static String namespace(String namespace, String member) {
        String checked = bounded(namespace, member, 255);
        if (checked.startsWith(":")) {
            throw AwsException.badRequest("InvalidParameterValue", "The value " + namespace + " for parameter "
                    + member + " is invalid.");
        }
        return checked;
    }

    static String metricName(String name, String member) {
        return bounded(name, member, 255);
    }

    static String dimensionName(String name, String member) {
        return bounded(name, member, 255);
    }

    static String dimensionValue(String value, String member) {
        return bounded(value, member, 1024);
    }

    private static String bounded(String value, String member, int max) {
        if (value == null || value.isEmpty()) {
            throw AwsException.badRequest("MissingParameter", "The parameter " + member + " is required.");
        }
        if (value.length() > max) {
            throw AwsException.badRequest("InvalidParameterValue", "The parameter " + member
                    + " must be shorter than " + (max + 1) + " characters.");
        }
        return value;
    }
}
