package io.cloudgate.compute.cloudstack.fake;

import java.util.Locale;

/**
 * A CloudStack error: {@code errorcode} (also the HTTP status of a synchronous answer), {@code cserrorcode} (absent
 * on authentication failures) and {@code errortext}, worded as the recorded server words them.
 */
final class FakeApiError extends RuntimeException {
    final int code;
    final Integer csCode;

    FakeApiError(int code, Integer csCode, String text) {
        super(text, null, false, false);
        this.code = code;
        this.csCode = csCode;
    }

    /** 401, as for every signature or key problem (errors/015..021). */
    static FakeApiError unauthorized() {
        return new FakeApiError(401, null, "unable to verify user credentials and/or request signature");
    }

    /** An id that names nothing (errors/001). */
    static FakeApiError invalidId(String command, String param, String value) {
        return new FakeApiError(431, 9999, "Unable to execute API command " + command.toLowerCase(Locale.ROOT)
                + " due to invalid value. Invalid parameter " + param + " value=" + value
                + " due to incorrect long value format, or entity does not exist or due to incorrect parameter"
                + " annotation for the field in api cmd class.");
    }

    /** A required parameter left out (errors/010). */
    static FakeApiError missing(String command, String param) {
        return new FakeApiError(431, 9999, "Unable to execute API command " + command.toLowerCase(Locale.ROOT)
                + " due to missing parameter " + param);
    }

    /** InvalidParameterValueException (cserrorcode 4350). */
    static FakeApiError invalid(String text) {
        return new FakeApiError(431, 4350, text);
    }

    /** ResourceAllocationException as the API reports it: 535, the resource limit's wording. */
    static FakeApiError limit(String type, FakeEntities.Account account) {
        return new FakeApiError(535, 9999, "Maximum number of resources of type '" + type + "' for account name="
                + account.name + " in domain id=" + account.domainId + " has been exceeded.");
    }
}
