package io.cloudgate.conformance;

/** The tests of {@link ElbV2SdkTest} with HAProxy carrying the traffic. */
class ElbV2SdkHaproxyTest extends ElbV2SdkTest {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
