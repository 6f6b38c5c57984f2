package io.cloudgate.elb.classic;

import io.cloudgate.elb.core.ElbContext;
import java.util.function.UnaryOperator;

/** What the classic operations share: the ELB core, the stored balancers, the data plane link and EC2 placement. */
record ClassicContext(ElbContext elb, ClassicStore store, ClassicRuntime runtime, Placement placement) {

    static ClassicContext of(ElbContext elb) {
        ClassicStore store = new ClassicStore(elb.ec2().store(), elb.index());
        return new ClassicContext(elb, store, new ClassicRuntime(elb, store), new Placement(elb.ec2()));
    }

    String region() {
        return elb.ec2().region();
    }

    /**
     * Changes a balancer alone: reads it (LoadBalancerNotFound when absent), applies the change, hands the result
     * to the data plane, and stores it once the data plane took it.
     */
    ClassicBalancer change(String account, String name, UnaryOperator<ClassicBalancer> change) {
        return store.locked(account, () -> {
            ClassicBalancer changed = change.apply(store.require(account, name));
            runtime.apply(account, changed);
            store.put(account, changed);
            return changed;
        });
    }
}
