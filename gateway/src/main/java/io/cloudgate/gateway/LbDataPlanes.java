package io.cloudgate.gateway;

import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.embedded.EmbeddedDataPlane;
import io.cloudgate.loadbalancer.embedded.EmbeddedDataPlaneSettings;
import io.cloudgate.loadbalancer.haproxy.HaproxyDataPlane;
import io.cloudgate.loadbalancer.haproxy.HaproxySettings;
import java.time.Clock;

/** Starts the load balancers' data plane the options select. */
final class LbDataPlanes {
    private LbDataPlanes() {
    }

    /**
     * @param listenerPortOffset what the ELB layer adds to listener ports itself: the embedded proxy applies the
     *                           offset when binding (X-Forwarded-Port keeps the configured port), HAProxy binds the
     *                           ports it is given
     */
    record Opened(DataPlane dataPlane, int listenerPortOffset) {
    }

    static Opened open(GatewayConfig config, Clock clock) {
        GatewayConfig.LbDataPlane choice = config.lbDataPlane();
        if (choice.name().equals(GatewayConfig.LbDataPlane.HAPROXY)) {
            return new Opened(HaproxyDataPlane.start(clock,
                    new HaproxySettings(choice.haproxyBinary(), choice.haproxyRuntime())), config.lbPortOffset());
        }
        return new Opened(EmbeddedDataPlane.start(clock,
                EmbeddedDataPlaneSettings.defaults().withPortOffset(config.lbPortOffset())), 0);
    }
}
