package io.cloudgate.elb.classic;

import io.cloudgate.elb.classic.ClassicBalancer.ClassicListener;
import io.cloudgate.elb.classic.ClassicBalancer.PolicyDoc;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A classic balancer in the data plane's vocabulary: one listener and one pool per classic listener (stickiness
 * is a listener policy, the data plane keeps it per pool), every pool checked by the balancer's health check.
 * HTTPS and SSL listeners terminate TLS with their certificate; instances get plain HTTP or bytes either way.
 * Members are the registered instances that run in one of the balancer's zones.
 */
final class ClassicTranslation {
    static final String LB_COOKIE_TYPE = "LBCookieStickinessPolicyType";
    static final String APP_COOKIE_TYPE = "AppCookieStickinessPolicyType";
    /** The cookie classic balancers set for duration-based stickiness. */
    static final String BALANCER_COOKIE = "AWSELB";

    private ClassicTranslation() {
    }

    /**
     * @param targets            the registered instances that exist, by instance id
     * @param portOffset         added to every listener port when bound
     * @param instancePortOffset added to the health check's port when instances are reached at loopback addresses
     * @param certificates       the certificate behind an SSLCertificateId (throws CertificateNotFound when none is)
     */
    static BalancerConfig config(ClassicBalancer balancer, Map<String, InstanceTarget> targets, int portOffset,
                                 int instancePortOffset, Function<String, Listener.Certificate> certificates) {
        List<InstanceTarget> members = new ArrayList<>();
        for (String instanceId : balancer.instances()) {
            InstanceTarget target = targets.get(instanceId);
            if (takesTraffic(balancer, target)) {
                members.add(target);
            }
        }
        List<Listener> listeners = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (ClassicListener listener : balancer.listeners()) {
            String poolId = poolId(listener);
            pools.add(pool(balancer, listener, poolId, members, instancePortOffset));
            listeners.add(new Listener("listener-" + listener.port(), balancer.address(), listener.port() + portOffset,
                    listener.http() ? Listener.Protocol.HTTP : Listener.Protocol.TCP,
                    Duration.ofSeconds(balancer.attributes().idleTimeout()),
                    listener.protocol().toLowerCase(Locale.ROOT), List.of(),
                    new Action.Forward(List.of(new Action.WeightedPool(poolId, 1)), null),
                    listener.certificateId() == null ? null
                            : new Listener.Tls(List.of(certificates.apply(listener.certificateId())))));
        }
        return new BalancerConfig(balancer.arn(), listeners, pools);
    }

    /** Whether an instance gets traffic: it exists, runs, and is in a zone the balancer serves. */
    static boolean takesTraffic(ClassicBalancer balancer, InstanceTarget target) {
        return target != null && target.running() && target.address() != null && inZone(balancer, target);
    }

    static boolean inZone(ClassicBalancer balancer, InstanceTarget target) {
        return target.zone() == null || balancer.zones().contains(target.zone());
    }

    static String poolId(ClassicListener listener) {
        return "pool-" + listener.port();
    }

    private static Pool pool(ClassicBalancer balancer, ClassicListener listener, String poolId,
                             List<InstanceTarget> instances, int instancePortOffset) {
        boolean http = listener.http();
        List<Pool.Member> members = instances.stream().map(instance -> new Pool.Member(instance.instanceId(),
                instance.address(), instance.port(listener.instancePort()))).toList();
        // Classic balancers pick the least busy instance for HTTP and rotate for TCP.
        Pool.Algorithm algorithm = http ? Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS : Pool.Algorithm.ROUND_ROBIN;
        ClassicAttributes attributes = balancer.attributes();
        Duration draining = Duration.ofSeconds(attributes.drainingEnabled() ? attributes.drainingTimeout() : 0);
        return new Pool(poolId, http ? Listener.Protocol.HTTP : Listener.Protocol.TCP, members,
                healthCheck(balancer, instancePortOffset), algorithm, http ? stickiness(balancer, listener) : null, draining);
    }

    static Pool.HealthCheck healthCheck(ClassicBalancer balancer, int instancePortOffset) {
        HealthTarget target = HealthTarget.parse(balancer.healthCheck().target());
        boolean http = target.path() != null;
        var check = balancer.healthCheck();
        return new Pool.HealthCheck(http ? Listener.Protocol.HTTP : Listener.Protocol.TCP, target.port() + instancePortOffset,
                target.path(), http ? "200" : null, Duration.ofSeconds(check.interval()),
                Duration.ofSeconds(check.timeout()), check.healthyThreshold(), check.unhealthyThreshold());
    }

    /** The listener's stickiness policy in data-plane terms, or null. */
    static Pool.Stickiness stickiness(ClassicBalancer balancer, ClassicListener listener) {
        for (String policyName : listener.policyNames()) {
            PolicyDoc policy = balancer.policy(policyName);
            if (policy == null) {
                continue;
            }
            if (policy.typeName().equals(LB_COOKIE_TYPE)) {
                String period = policy.attribute("CookieExpirationPeriod");
                long seconds = period == null ? 0 : Long.parseLong(period);
                return new Pool.Stickiness(Pool.Stickiness.Kind.BALANCER_COOKIE, BALANCER_COOKIE,
                        seconds > 0 ? Duration.ofSeconds(seconds) : null);
            }
            if (policy.typeName().equals(APP_COOKIE_TYPE)) {
                return new Pool.Stickiness(Pool.Stickiness.Kind.APPLICATION_COOKIE, policy.attribute("CookieName"),
                        null);
            }
        }
        return null;
    }
}
