package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneCompatibilityKit;

import java.time.Clock;

/**
 * The whole kit again with a port offset, as a laptop user without root would run it: every listener binds its
 * configured port plus 1000 while X-Forwarded-Port and redirects keep the configured port.
 */
class PortOffsetTest extends DataPlaneCompatibilityKit {
    private static final int OFFSET = 1000;

    @Override
    protected DataPlane createDataPlane() {
        return EmbeddedDataPlane.start(Clock.systemUTC(), EmbeddedDataPlaneSettings.defaults().withPortOffset(OFFSET));
    }

    @Override
    protected int clientPort(int listenerPort) {
        return listenerPort + OFFSET;
    }
}
