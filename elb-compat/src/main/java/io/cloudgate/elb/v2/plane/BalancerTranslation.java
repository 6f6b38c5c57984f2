package io.cloudgate.elb.v2.plane;

import io.cloudgate.elb.core.CertificateLookup;
import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.ConditionDoc;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An ELBv2 load balancer as the data plane sees it: every listener on the balancer's own address, rules in
 * priority order, and a pool per target group its actions forward to. HTTPS listeners terminate TLS with their
 * certificates (the default first, the others for SNI) and forward HTTP with X-Forwarded-Proto https.
 */
public final class BalancerTranslation {
    private final InstanceMembers instances;
    private final int portOffset;
    private final CertificateLookup certificates;

    public BalancerTranslation(InstanceMembers instances, int portOffset, CertificateLookup certificates) {
        this.instances = instances;
        this.portOffset = portOffset;
        this.certificates = certificates;
    }

    /** The balancer's whole configuration; target groups that no longer exist are left out. */
    public BalancerConfig config(String account, LoadBalancerDoc balancer,
                                 Function<String, Optional<TargetGroupDoc>> groups) {
        Map<String, TargetGroupDoc> used = new LinkedHashMap<>();
        List<Listener> listeners = new ArrayList<>();
        for (ListenerDoc listener : balancer.listeners()) {
            List<Rule> rules = new ArrayList<>();
            if (listener.http()) {
                listener.rules().stream().sorted(Comparator.comparingInt(RuleDoc::priority)).forEach(rule ->
                        rules.add(new Rule(rule.priority(), rule.conditions().stream()
                                .map(BalancerTranslation::condition).toList(),
                                action(rule.actions(), groups, used))));
            }
            listeners.add(new Listener(listener.id(), balancer.address(), listener.port() + portOffset,
                    listener.http() ? Listener.Protocol.HTTP : Listener.Protocol.TCP,
                    idleTimeout(balancer, listener), "HTTPS".equals(listener.protocol()) ? "https" : "http",
                    rules, action(listener.defaultActions(), groups, used), tls(account, listener)));
        }
        PoolTranslation pools = new PoolTranslation(instances);
        return new BalancerConfig(balancer.id(), listeners,
                used.values().stream().map(group -> pools.pool(account, group)).toList());
    }

    /** Null for plain listeners; CertificateNotFound when a certificate is not the account's. */
    private Listener.Tls tls(String account, ListenerDoc listener) {
        if (!"HTTPS".equals(listener.protocol())) {
            return null;
        }
        return new Listener.Tls(listener.certificates().stream().map(arn -> certificates.find(account, arn)
                .orElseThrow(() -> V2Errors.certificateNotFound(arn))).toList());
    }

    private static Duration idleTimeout(LoadBalancerDoc balancer, ListenerDoc listener) {
        String seconds = balancer.network()
                ? listener.attributes().getOrDefault("tcp.idle_timeout.seconds", "350")
                : balancer.attributes().getOrDefault("idle_timeout.timeout_seconds", "60");
        return Duration.ofSeconds(Long.parseLong(seconds));
    }

    /** The terminal action (the last by order) of a list; authenticate actions do not exist here. */
    private static Action action(List<ActionDoc> actions, Function<String, Optional<TargetGroupDoc>> groups,
                                 Map<String, TargetGroupDoc> used) {
        ActionDoc last = actions.stream()
                .max(Comparator.comparingInt(action -> action.order() == null ? 0 : action.order())).orElseThrow();
        return switch (last.type()) {
            case "redirect" -> {
                ActionDoc.Redirect r = last.redirect();
                yield new Action.Redirect(r.protocol(), r.host(), r.port(), r.path(), r.query(),
                        "HTTP_302".equals(r.statusCode()) ? 302 : 301);
            }
            case "fixed-response" -> new Action.FixedResponse(Integer.parseInt(last.fixed().statusCode()),
                    last.fixed().contentType(), last.fixed().messageBody() == null ? "" : last.fixed().messageBody());
            default -> {
                List<Action.WeightedPool> pools = new ArrayList<>();
                for (ActionDoc.WeightedGroup weighted : last.targetGroups()) {
                    groups.apply(weighted.targetGroupArn()).ifPresent(group -> {
                        used.putIfAbsent(group.arn(), group);
                        pools.add(new Action.WeightedPool(group.id(), weighted.weight()));
                    });
                }
                yield new Action.Forward(pools, last.stickinessEnabled() && last.stickinessSeconds() != null
                        ? Duration.ofSeconds(last.stickinessSeconds()) : null);
            }
        };
    }

    static Condition condition(ConditionDoc condition) {
        return switch (condition.field()) {
            case "host-header" -> new Condition.HostHeader(condition.values());
            case "http-header" -> new Condition.HttpHeader(condition.headerName(), condition.values());
            case "query-string" -> new Condition.QueryString(condition.queryPairs().stream()
                    .map(pair -> new Condition.KeyValue(pair.key(), pair.value())).toList());
            default -> new Condition.PathPattern(condition.values());
        };
    }
}
