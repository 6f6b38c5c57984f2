package io.cloudgate.elb.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneException;

/** Hands a balancer's whole configuration to the data plane, turning its failures into AWS errors. */
public final class BalancerApplier {
    private final DataPlane dataPlane;

    public BalancerApplier(DataPlane dataPlane) {
        this.dataPlane = dataPlane;
    }

    public void apply(BalancerConfig config) {
        try {
            dataPlane.apply(config);
        } catch (DataPlaneException e) {
            throw switch (e.kind()) {
                case ADDRESS_IN_USE -> AwsException.badRequest("DuplicateListener",
                        "A listener already exists on that port: " + e.getMessage());
                case INVALID_CONFIGURATION -> AwsException.validation(e.getMessage());
                case UNAVAILABLE -> new AwsException(503, "ServiceUnavailable",
                        "The load balancer data plane is unavailable: " + e.getMessage());
            };
        }
    }

    public void remove(String balancerId) {
        dataPlane.remove(balancerId);
    }
}
