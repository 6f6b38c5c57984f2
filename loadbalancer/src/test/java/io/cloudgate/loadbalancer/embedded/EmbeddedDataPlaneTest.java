package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneCompatibilityKit;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;

import java.time.Clock;

/** The embedded proxy passes the data-plane compatibility kit. */
class EmbeddedDataPlaneTest extends DataPlaneCompatibilityKit {
    static {
        // Netty's leak reports must reach the test output (SLF4J has no provider in this module).
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }

    @Override
    protected DataPlane createDataPlane() {
        return EmbeddedDataPlane.start(Clock.systemUTC(), EmbeddedDataPlaneSettings.defaults());
    }
}
