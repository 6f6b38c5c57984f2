package io.cloudgate.route53.health;

import io.cloudgate.api.AwsException;

/** Route 53's health check errors, with the codes and statuses AWS answers. */
final class HealthCheckErrors {
    private HealthCheckErrors() {
    }

    /** AWS words its own checks on health check settings as "Invalid parameter : ...". */
    static AwsException invalidParameter(String detail) {
        return invalidInput("Invalid parameter : " + detail);
    }

    static AwsException invalidInput(String message) {
        return AwsException.badRequest("InvalidInput", message);
    }

    /** The model constraint wording ("1 validation error detected: ..."), which Route 53 sends as InvalidInput. */
    static AwsException constraint(Object value, String member, String constraint) {
        return invalidInput("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    static AwsException noSuchHealthCheck(String id) {
        return AwsException.notFound("NoSuchHealthCheck", "A health check with id " + id + " does not exist.");
    }

    static AwsException alreadyExists(String callerReference) {
        return AwsException.conflict("HealthCheckAlreadyExists", "A health check with caller reference "
                + callerReference + " already exists with a different configuration, or was deleted.");
    }

    static AwsException versionMismatch() {
        return AwsException.conflict("HealthCheckVersionMismatch", "The value of HealthCheckVersion in the request"
                + " doesn't match the value of HealthCheckVersion in the health check.");
    }

    static AwsException inUse(String id) {
        return AwsException.badRequest("HealthCheckInUse", "The health check " + id
                + " can't be deleted because it's still referenced by a resource record set or a calculated"
                + " health check.");
    }

    static AwsException tooMany(int limit) {
        return AwsException.badRequest("TooManyHealthChecks", "The maximum number of health checks for the account ("
                + limit + ") has been reached.");
    }
}
