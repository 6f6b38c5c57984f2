package io.cloudgate.elb.v2.state;

import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * ELBv2's stored state: per account, load balancers (with listeners and rules) and target groups, by name.
 * Changes of one account are serialized by an in-process lock, so read-modify-write of a document is safe.
 */
public final class V2Store {
    private static final int PAGE = 1000;

    private final TypedTable<LoadBalancerDoc> balancers;
    private final TypedTable<TargetGroupDoc> targetGroups;
    private final String region;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public V2Store(DocumentStore store, String region) {
        this.balancers = new TypedTable<>(store.table("elbv2-load-balancers"), LoadBalancerDoc.class);
        this.targetGroups = new TypedTable<>(store.table("elbv2-target-groups"), TargetGroupDoc.class);
        this.region = region;
    }

    public String region() {
        return region;
    }

    /** Runs a change of the account's state alone. */
    public <T> T locked(String account, Supplier<T> change) {
        ReentrantLock lock = locks.computeIfAbsent(account, ignored -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    public List<LoadBalancerDoc> balancers(String account) {
        return scanAll(balancers, account);
    }

    public Optional<LoadBalancerDoc> balancerByName(String account, String name) {
        return balancers.get(account, name);
    }

    public void put(String account, LoadBalancerDoc balancer) {
        balancers.put(account, balancer.name(), balancer);
    }

    public void delete(String account, LoadBalancerDoc balancer) {
        balancers.delete(account, balancer.name());
    }

    public List<TargetGroupDoc> targetGroups(String account) {
        return scanAll(targetGroups, account);
    }

    public Optional<TargetGroupDoc> targetGroupByName(String account, String name) {
        return targetGroups.get(account, name);
    }

    public void put(String account, TargetGroupDoc group) {
        targetGroups.put(account, group.name(), group);
    }

    public void delete(String account, TargetGroupDoc group) {
        targetGroups.delete(account, group.name());
    }

    /** The balancer an ARN names (loadbalancer/app|net/<name>/<id>), or LoadBalancerNotFound. */
    public LoadBalancerDoc balancer(String account, String arn) {
        return findBalancer(account, arn).orElseThrow(V2Errors::loadBalancerNotFound);
    }

    public Optional<LoadBalancerDoc> findBalancer(String account, String arn) {
        String[] parts = ElbArns.resource(arn, region, account);
        if (parts == null || parts.length < 4 || !parts[0].equals("loadbalancer")) {
            return Optional.empty();
        }
        return byNameAndId(account, parts[2], parts[3]).filter(balancer -> balancer.arn().equals(arn));
    }

    /** The balancer that owns a listener or rule ARN ({listener,listener-rule}/app|net/<name>/<id>/...). */
    public Optional<LoadBalancerDoc> ownerOf(String account, String arn, String kind) {
        String[] parts = ElbArns.resource(arn, region, account);
        if (parts == null || parts.length < 5 || !parts[0].equals(kind)) {
            return Optional.empty();
        }
        return byNameAndId(account, parts[2], parts[3]);
    }

    /** The target group an ARN names (targetgroup/<name>/<id>), or TargetGroupNotFound. */
    public TargetGroupDoc targetGroup(String account, String arn) {
        return findTargetGroup(account, arn).orElseThrow(V2Errors::targetGroupNotFound);
    }

    public Optional<TargetGroupDoc> findTargetGroup(String account, String arn) {
        String[] parts = ElbArns.resource(arn, region, account);
        if (parts == null || parts.length != 3 || !parts[0].equals("targetgroup")) {
            return Optional.empty();
        }
        return targetGroups.get(account, parts[1]).filter(group -> group.arn().equals(arn));
    }

    /** A listener of the account, with its balancer, or ListenerNotFound. */
    public Located<ListenerDoc> listener(String account, String arn) {
        LoadBalancerDoc balancer = ownerOf(account, arn, "listener").orElseThrow(V2Errors::listenerNotFound);
        return balancer.listeners().stream().filter(listener -> listener.arn().equals(arn)).findFirst()
                .map(listener -> new Located<>(balancer, listener, listener))
                .orElseThrow(V2Errors::listenerNotFound);
    }

    /** A rule of the account, with its balancer and listener, or RuleNotFound. */
    public Located<RuleDoc> rule(String account, String arn) {
        LoadBalancerDoc balancer = ownerOf(account, arn, "listener-rule").orElseThrow(V2Errors::ruleNotFound);
        for (ListenerDoc listener : balancer.listeners()) {
            for (RuleDoc rule : listener.rules()) {
                if (rule.arn().equals(arn)) {
                    return new Located<>(balancer, listener, rule);
                }
            }
        }
        throw V2Errors.ruleNotFound();
    }

    /** A listener or rule found with what contains it. */
    public record Located<T>(LoadBalancerDoc balancer, ListenerDoc listener, T item) {
    }

    private Optional<LoadBalancerDoc> byNameAndId(String account, String name, String id) {
        return balancers.get(account, name).filter(balancer -> balancer.id().equals(id));
    }

    private static <T> List<T> scanAll(TypedTable<T> table, String account) {
        List<T> all = new ArrayList<>();
        String from = null;
        while (true) {
            List<T> page = table.scan(account, from, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            from = keyAfter(page.getLast());
        }
    }

    private static String keyAfter(Object last) {
        String name = last instanceof LoadBalancerDoc balancer ? balancer.name() : ((TargetGroupDoc) last).name();
        return name + "\0";
    }
}
