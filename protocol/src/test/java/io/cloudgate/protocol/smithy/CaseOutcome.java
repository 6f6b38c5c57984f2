package io.cloudgate.protocol.smithy;

/** The result of running one case; detail says why it failed or was skipped. */
record CaseOutcome(ProtocolTestCase testCase, Status status, String detail) {
    enum Status { PASSED, FAILED, SKIPPED }
}
