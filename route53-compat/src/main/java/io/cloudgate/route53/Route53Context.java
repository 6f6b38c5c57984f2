package io.cloudgate.route53;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.route53.health.HealthChecks;
import io.cloudgate.route53.health.HealthStatuses;
import io.cloudgate.route53.serving.AliasTargets;
import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * What the Route 53 service runs on.
 *
 * @param health                what failover, weighted and multivalue answers consult
 * @param healthCheckExists     whether (account, id) names one of the account's health checks
 * @param healthCheckCount      how many health checks an account has
 * @param healthCheckOperations the health check operations, served with the others
 * @param recordUseOfChecks     receives the test of whether record sets use a health check (DeleteHealthCheck)
 * @param nameServerDomain      the delegation set is ns-1 to ns-4 of this domain (the gateway's DNS host)
 */
public record Route53Context(DocumentStore store, AuthoritativeDns dns, HealthStatuses health,
                             BiPredicate<String, String> healthCheckExists, ToLongFunction<String> healthCheckCount,
                             List<BoundOperation> healthCheckOperations,
                             Consumer<BiPredicate<String, String>> recordUseOfChecks, AliasTargets aliasTargets,
                             String nameServerDomain, Clock clock) {

    /** The context of a gateway whose health checks are {@code checks}. */
    public static Route53Context of(DocumentStore store, AuthoritativeDns dns, HealthChecks checks,
                                    String nameServerDomain, Clock clock) {
        return new Route53Context(store, dns, checks, checks::exists, checks::count, checks.operations(),
                checks::setInUseCheck, AliasTargets.NONE, nameServerDomain, clock);
    }

    /** The four name servers of every delegation set. */
    public List<String> nameServers() {
        String domain = nameServerDomain.endsWith(".") ? nameServerDomain : nameServerDomain + ".";
        return List.of("ns-1." + domain, "ns-2." + domain, "ns-3." + domain, "ns-4." + domain);
    }
}
