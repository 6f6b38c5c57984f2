package io.cloudgate.elb.v2;

import io.cloudgate.elb.core.BalancerApplier;
import io.cloudgate.elb.core.BalancerIndex;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.v2.plane.BalancerTranslation;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Store;
import io.cloudgate.loadbalancer.BalancerConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What ELBv2 operations share: the core context, the store of v2 state, and the way a balancer's stored state
 * reaches the data plane. Every change re-applies the whole configuration of each balancer it touches.
 */
public final class V2Context {
    static final String API = "v2";
    private static final System.Logger LOG = System.getLogger(V2Context.class.getName());

    private final ElbContext elb;
    private final V2Store store;
    private final BalancerTranslation translation;
    private final BalancerApplier applier;
    /** What each balancer was last given, to tell when a refresh has something to change. */
    private final Map<String, BalancerConfig> applied = new ConcurrentHashMap<>();

    public V2Context(ElbContext elb) {
        this.elb = elb;
        this.store = new V2Store(elb.ec2().store(), elb.ec2().region());
        this.translation = new BalancerTranslation(elb.instanceMembers(), elb.listenerPortOffset(),
                elb.certificates());
        this.applier = elb.applier();
    }

    public ElbContext elb() {
        return elb;
    }

    public V2Store store() {
        return store;
    }

    public String region() {
        return elb.ec2().region();
    }

    public BalancerIndex.Entry indexEntry(String account, String name) {
        return new BalancerIndex.Entry(API, account, name);
    }

    /** Hands the balancer's whole configuration to the data plane. */
    public void apply(String account, LoadBalancerDoc balancer) {
        BalancerConfig config = translation.config(account, balancer, arn -> store.findTargetGroup(account, arn));
        applier.apply(config);
        applied.put(balancer.id(), config);
    }

    /**
     * Re-applies every balancer whose configuration changed without an ELB call: an instance target stopped or
     * started, so it leaves or rejoins its pools.
     */
    public void refreshMembers() {
        for (BalancerIndex.Entry entry : elb.index().all(API)) {
            store.balancerByName(entry.account(), entry.name()).ifPresent(balancer -> {
                try {
                    refresh(entry.account(), balancer);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Load balancer " + balancer.arn() + " not refreshed", e);
                }
            });
        }
    }

    /** Re-applies the balancer if its configuration differs from what the data plane was last given. */
    public void refresh(String account, LoadBalancerDoc balancer) {
        store.locked(account, () -> {
            // Read again under the lock: a change may have been applied since the caller read the balancer.
            store.balancerByName(account, balancer.name()).filter(current -> current.id().equals(balancer.id()))
                    .ifPresent(current -> {
                        BalancerConfig config = translation.config(account, current,
                                arn -> store.findTargetGroup(account, arn));
                        if (!config.equals(applied.get(current.id()))) {
                            applier.apply(config);
                            applied.put(current.id(), config);
                        }
                    });
            return null;
        });
    }

    /** The ARN of the account's first balancer with a listener terminating TLS with the certificate. */
    public Optional<String> certificateUser(String account, String certificateArn) {
        return store.balancers(account).stream()
                .filter(balancer -> balancer.listeners().stream()
                        .anyMatch(listener -> listener.certificates().contains(certificateArn)))
                .map(LoadBalancerDoc::arn).findFirst();
    }

    /** Takes the balancer off the data plane. */
    public void remove(LoadBalancerDoc balancer) {
        applier.remove(balancer.id());
        applied.remove(balancer.id());
    }

    /** Re-applies every balancer of the account whose actions forward to the group. */
    public void applyUsers(String account, TargetGroupDoc group) {
        for (LoadBalancerDoc balancer : users(account, group.arn())) {
            apply(account, balancer);
        }
    }

    /** The account's balancers with a listener or rule forwarding to the group. */
    public List<LoadBalancerDoc> users(String account, String groupArn) {
        return store.balancers(account).stream().filter(balancer -> V2References.forwardsTo(balancer, groupArn))
                .toList();
    }

    /**
     * Every stored balancer handed to the data plane again, e.g. at gateway start. One that cannot be restored
     * (its address taken by another process) is logged and skipped, so that the others still serve.
     */
    public void restoreAll() {
        for (BalancerIndex.Entry entry : elb.index().all(API)) {
            store.balancerByName(entry.account(), entry.name()).ifPresent(balancer -> {
                try {
                    elb.balancerDns().publish(balancer.dnsName(), balancer.address());
                    apply(entry.account(), balancer);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Load balancer " + balancer.arn() + " not restored", e);
                }
            });
        }
    }
}
