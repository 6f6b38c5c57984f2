package io.cloudgate.conformance;

/** The tests of {@link ElbTlsSdkTest} with HAProxy terminating TLS. */
class ElbTlsSdkHaproxyTest extends ElbTlsSdkTest {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
