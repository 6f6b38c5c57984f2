package io.cloudgate.gateway;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.elb.core.BalancerDns;
import io.cloudgate.route53.records.StoredRecordSet;
import io.cloudgate.route53.serving.AliasTargets;
import java.util.Optional;

/**
 * Route 53 aliases to load balancers: an A alias whose target is a balancer's DNS name under the region's ELB
 * hosted zone id answers with the balancer's address, as the balancer's own name does.
 */
final class BalancerAliasTargets implements AliasTargets {
    private final BalancerDns balancers;

    BalancerAliasTargets(BalancerDns balancers) {
        this.balancers = balancers;
    }

    @Override
    public Optional<RecordSet> resolve(String account, StoredRecordSet.Alias alias, String type) {
        if (!type.equals("A") || !balancers.isCanonicalHostedZoneId(alias.hostedZoneId())) {
            return Optional.empty();
        }
        return balancers.published(alias.dnsName());
    }
}
