package io.cloudgate.conformance;

/** The `aws elb` scenario of {@link CliElbClassicTest} with HAProxy carrying the traffic. */
class CliElbClassicHaproxyTest extends CliElbClassicTest {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
