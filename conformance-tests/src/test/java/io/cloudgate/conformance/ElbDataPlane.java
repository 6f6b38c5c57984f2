package io.cloudgate.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.loadbalancer.haproxy.HaproxySettings;

/**
 * The data planes the ELB conformance tests carry traffic through: each traffic test class runs on the embedded
 * proxy, and a subclass of it runs the same tests on HAProxy.
 */
enum ElbDataPlane {
    EMBEDDED, HAPROXY;

    /**
     * A gateway on this data plane whose listeners bind at port + lbPortOffset and whose web-server instances serve
     * port 80 at 80 + webServerPortOffset; the tests of a data plane that is not installed are skipped.
     */
    RunningGateway startGateway(int lbPortOffset, int webServerPortOffset) throws Exception {
        assumeTrue(this == EMBEDDED || HaproxySettings.findExecutable().isPresent(), "haproxy is not installed");
        return RunningGateway.start("--lb-data-plane", name().toLowerCase(),
                "--lb-port-offset", String.valueOf(lbPortOffset),
                "--web-server-port-offset", String.valueOf(webServerPortOffset));
    }
}
