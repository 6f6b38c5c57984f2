package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.AwsException;
import java.util.List;

/** Checks on the parameters of the key pair operations, worded as EC2 words them. */
final class KeyPairRequests {
    private static final int MAX_NAME_LENGTH = 255;

    private KeyPairRequests() {
    }

    /** A key name: required, up to 255 ASCII characters. */
    static String keyName(String name) {
        if (name == null || name.isEmpty()) {
            throw missing("KeyName");
        }
        if (!name.chars().allMatch(c -> c < 128)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + name
                    + ") for parameter keyName is invalid. Character sets beyond ASCII are not supported.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + name
                    + ") for parameter keyName is invalid. Length exceeds maximum of " + MAX_NAME_LENGTH + ".");
        }
        return name;
    }

    /** "rsa" (the default) or "ed25519". */
    static String keyType(String keyType) {
        return oneOf(keyType, "keyType", List.of(KeyGeneration.RSA, KeyGeneration.ED25519));
    }

    /** "pem" (the default) or "ppk". */
    static String keyFormat(String keyFormat) {
        return oneOf(keyFormat, "keyFormat", List.of(KeyGeneration.PEM, KeyGeneration.PPK));
    }

    static AwsException missing(String parameter) {
        return AwsException.badRequest("MissingParameter", "The request must contain the parameter " + parameter);
    }

    private static String oneOf(String value, String parameter, List<String> allowed) {
        if (value == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(value)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value + ") for parameter " + parameter
                    + " is invalid. Valid values: " + String.join(", ", allowed));
        }
        return value;
    }
}
