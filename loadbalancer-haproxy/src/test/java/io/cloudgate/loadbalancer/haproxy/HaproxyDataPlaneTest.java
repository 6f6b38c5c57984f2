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

    /** Every apply reloads HAProxy; the old worker closes idle keep-alive connections as it stops. */
    @Override
    protected boolean keepsIdleConnectionsAcrossApply() {
        return false;
    }

    /** HAProxy answers 503 once every server of a backend is down; AWS's fail-open is not rendered yet. */
    @Override
    protected boolean failsOpenWhenAllMembersAreUnhealthy() {
        return false;
    }
}
