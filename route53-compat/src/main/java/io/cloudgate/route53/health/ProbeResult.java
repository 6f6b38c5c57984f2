package io.cloudgate.route53.health;

/**
 * The outcome of one probe, before inversion: whether the endpoint passed, the report in AWS's words
 * ("Success: HTTP Status Code 200, OK") and the address the probe left from.
 */
record ProbeResult(boolean success, String report, String checkerIp) {
    static ProbeResult success(String detail, String checkerIp) {
        return new ProbeResult(true, "Success: " + detail, checkerIp);
    }

    static ProbeResult failure(String detail, String checkerIp) {
        return new ProbeResult(false, "Failure: " + detail, checkerIp);
    }
}
