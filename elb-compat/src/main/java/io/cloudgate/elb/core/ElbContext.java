package io.cloudgate.elb.core;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.loadbalancer.DataPlane;

/**
 * What both load-balancing APIs stand on: the data plane that carries traffic, EC2 (instances, subnets, security
 * groups and their AWS ids, the store, region and clock), and the product's DNS, where every balancer's DNS name
 * resolves to the address its listeners bind.
 *
 * @param listenerPortOffset added to every listener's port when it is bound (0: bind the port the client asked
 *                           for), so that an unprivileged gateway can serve port 80 listeners at 8080
 * @param instancePortOffset added to the ports of instances reached at their loopback address (the gateway's
 *                           --web-server-port-offset; see {@link InstanceMembers})
 * @param certificates       the server certificates HTTPS and SSL listeners terminate TLS with
 */
public record ElbContext(DataPlane dataPlane, Ec2Context ec2, AuthoritativeDns dns, int listenerPortOffset,
                         int instancePortOffset, CertificateLookup certificates) {

    public ElbContext(DataPlane dataPlane, Ec2Context ec2, AuthoritativeDns dns) {
        this(dataPlane, ec2, dns, 0, 0);
    }

    /** Without certificates: HTTPS and SSL listeners are refused. */
    public ElbContext(DataPlane dataPlane, Ec2Context ec2, AuthoritativeDns dns, int listenerPortOffset,
                      int instancePortOffset) {
        this(dataPlane, ec2, dns, listenerPortOffset, instancePortOffset, CertificateLookup.NONE);
    }

    /** Where the balancers' shared pieces live; cheap to create, stateless beyond the store. */
    public BalancerAddresses addresses() {
        return new BalancerAddresses(ec2.store());
    }

    public BalancerDns balancerDns() {
        return new BalancerDns(dns, ec2.region());
    }

    public BalancerIndex index() {
        return new BalancerIndex(ec2.store());
    }

    public InstanceMembers instanceMembers() {
        return new InstanceMembers(ec2, instancePortOffset);
    }

    public BalancerApplier applier() {
        return new BalancerApplier(dataPlane);
    }
}
