package io.cloudgate.conformance;

/** The tests of {@link ElbClassicSdkTest} with HAProxy carrying the traffic. */
class ElbClassicSdkHaproxyTest extends ElbClassicSdkTest {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
