package io.cloudgate.elb.classic;

import io.cloudgate.elb.core.BalancerIndex;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Classic balancers per account, by name, and their entries in the core's index (so that a gateway start finds
 * them). Changes of one account are serialized by an in-process lock, so read-modify-write of a document is safe.
 */
final class ClassicStore {
    static final String API = "classic";
    private static final int PAGE = 1000;

    private final TypedTable<ClassicBalancer> balancers;
    private final BalancerIndex index;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ClassicStore(DocumentStore store, BalancerIndex index) {
        this.balancers = new TypedTable<>(store.table("elb-classic-load-balancers"), ClassicBalancer.class);
        this.index = index;
    }

    <T> T locked(String account, Supplier<T> change) {
        ReentrantLock lock = locks.computeIfAbsent(account, ignored -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    Optional<ClassicBalancer> find(String account, String name) {
        return name == null ? Optional.empty() : balancers.get(account, name);
    }

    /** The balancer, or LoadBalancerNotFound. */
    ClassicBalancer require(String account, String name) {
        return find(account, name).orElseThrow(() -> ClassicErrors.notFound(name));
    }

    /** Every balancer of the account, by name. */
    List<ClassicBalancer> all(String account) {
        List<ClassicBalancer> all = new ArrayList<>();
        String from = null;
        while (true) {
            List<ClassicBalancer> page = balancers.scan(account, from, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            from = page.getLast().name() + "\0";
        }
    }

    void put(String account, ClassicBalancer balancer) {
        balancers.put(account, balancer.name(), balancer);
        index.add(new BalancerIndex.Entry(API, account, balancer.name()));
    }

    void delete(String account, ClassicBalancer balancer) {
        index.remove(new BalancerIndex.Entry(API, account, balancer.name()));
        balancers.delete(account, balancer.name());
    }

    /** Every stored balancer of every account, for restoring them. */
    List<BalancerIndex.Entry> indexed() {
        return index.all(API);
    }
}
