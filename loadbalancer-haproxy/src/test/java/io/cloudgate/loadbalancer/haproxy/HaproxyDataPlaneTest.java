package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneCompatibilityKit;
import org.junit.jupiter.api.condition.EnabledIf;

/** HAProxy passes the data-plane compatibility kit. */
@EnabledIf(HaproxyFixture.INSTALLED)
class HaproxyDataPlaneTest extends DataPlaneCompatibilityKit {

    @Override
    protected DataPlane createDataPlane() {
        return HaproxyFixture.start();
    }
}
