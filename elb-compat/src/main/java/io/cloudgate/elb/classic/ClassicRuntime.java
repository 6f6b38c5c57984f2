package io.cloudgate.elb.classic;

import io.cloudgate.elb.core.BalancerApplier;
import io.cloudgate.elb.core.BalancerIndex;
import io.cloudgate.elb.core.CertificateLookup;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.core.InstanceMembers;
import io.cloudgate.elb.core.InstanceMembers.InstanceTarget;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.MemberHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Keeps the data plane in step with the stored classic balancers: every change hands over the balancer's whole
 * configuration; reads re-apply it when the registered instances changed state since (an instance stopped through
 * EC2 leaves its pools); a gateway start applies every stored balancer again.
 */
final class ClassicRuntime {
    private static final System.Logger LOG = System.getLogger(ClassicRuntime.class.getName());

    private final ClassicStore store;
    private final InstanceMembers instances;
    private final BalancerApplier applier;
    private final DataPlane dataPlane;
    private final int portOffset;
    private final CertificateLookup certificates;
    private final Map<String, BalancerConfig> applied = new ConcurrentHashMap<>();

    ClassicRuntime(ElbContext context, ClassicStore store) {
        this.store = store;
        this.instances = context.instanceMembers();
        this.applier = context.applier();
        this.dataPlane = context.dataPlane();
        this.portOffset = context.listenerPortOffset();
        this.certificates = context.certificates();
    }

    /** The registered instances that still exist, by id. */
    Map<String, InstanceTarget> targets(String account, ClassicBalancer balancer) {
        Map<String, InstanceTarget> targets = new LinkedHashMap<>();
        for (String instanceId : balancer.instances()) {
            instances.find(account, instanceId).ifPresent(target -> targets.put(instanceId, target));
        }
        return targets;
    }

    InstanceMembers instances() {
        return instances;
    }

    /** Hands the balancer's whole configuration to the data plane. */
    void apply(String account, ClassicBalancer balancer) {
        BalancerConfig config = config(account, balancer);
        applier.apply(config);
        applied.put(balancer.arn(), config);
    }

    /** Applies the balancer again when what it should be differs from what was last applied. */
    void refresh(String account, ClassicBalancer balancer) {
        BalancerConfig config = config(account, balancer);
        if (!config.equals(applied.get(balancer.arn()))) {
            applier.apply(config);
            applied.put(balancer.arn(), config);
        }
    }

    private BalancerConfig config(String account, ClassicBalancer balancer) {
        return ClassicTranslation.config(balancer, targets(account, balancer), portOffset,
                instances.loopbackPortOffset(), arn -> certificates.find(account, arn)
                        .orElseThrow(() -> ClassicErrors.certificateNotFound(arn)));
    }

    /** The first of the account's balancers with a listener using the certificate. */
    Optional<String> certificateUser(String account, String certificateArn) {
        return store.indexed().stream().filter(entry -> entry.account().equals(account))
                .flatMap(entry -> store.find(account, entry.name()).stream())
                .filter(balancer -> balancer.listeners().stream()
                        .anyMatch(listener -> certificateArn.equals(listener.certificateId())))
                .map(ClassicBalancer::arn).findFirst();
    }

    void remove(ClassicBalancer balancer) {
        applier.remove(balancer.arn());
        applied.remove(balancer.arn());
    }

    List<MemberHealth> health(ClassicBalancer balancer) {
        return dataPlane.health(balancer.arn());
    }

    /**
     * Applies again every balancer whose members changed without an ELB call (an instance came up, stopped or
     * started); one that fails is logged and tried again next time.
     */
    void refreshAll() {
        // Under the account's lock, as changes are: a balancer read before a change must not undo it.
        forEachStored("refresh", (account, name) -> store.locked(account, () -> {
            store.find(account, name).ifPresent(balancer -> refresh(account, balancer));
            return null;
        }));
    }

    /** Applies every stored balancer; one that fails is logged and left for its next change or read. */
    void restoreAll() {
        forEachStored("restore", (account, name) -> store.find(account, name)
                .ifPresent(balancer -> apply(account, balancer)));
    }

    /** Runs the action on every indexed balancer (account, name), logging (not throwing) a failure of one. */
    private void forEachStored(String what, BiConsumer<String, String> action) {
        for (BalancerIndex.Entry entry : store.indexed()) {
            try {
                action.accept(entry.account(), entry.name());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not " + what + " classic load balancer " + entry.name()
                        + " of " + entry.account() + ": " + e.getMessage());
            }
        }
    }
}
