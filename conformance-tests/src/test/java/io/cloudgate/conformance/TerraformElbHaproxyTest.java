package io.cloudgate.conformance;

/** The Terraform stack of {@link TerraformElbTest} with HAProxy carrying the traffic. */
class TerraformElbHaproxyTest extends TerraformElbTest {
    @Override
    ElbDataPlane dataPlane() {
        return ElbDataPlane.HAPROXY;
    }
}
