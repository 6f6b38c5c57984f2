package io.cloudgate.elb.core;

import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.loadbalancer.DataPlane;

/**
 * What both load-balancing APIs stand on: the data plane that carries traffic, EC2 (instances, subnets, security
 * groups and their AWS ids, the store, region and clock), and the product's DNS, where every balancer's DNS name
 * resolves to the address its listeners bind.
 */
public record ElbContext(DataPlane dataPlane, Ec2Context ec2, AuthoritativeDns dns) {
}
