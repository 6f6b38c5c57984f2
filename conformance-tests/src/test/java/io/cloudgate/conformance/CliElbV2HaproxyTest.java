package io.cloudgate.conformance;

/** The `aws elbv2` scenario of {@link CliElbV2Test} with HAProxy carrying the traffic. */
class CliElbV2HaproxyTest extends CliElbV2Test {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
