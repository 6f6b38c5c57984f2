package io.cloudgate.compute.embedded;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes the changes of one account, so that checks (quotas, free addresses, duplicate names) and the
 * writes they guard are atomic. Cloud-wide resources use the store's conditional writes instead.
 * Locks are reentrant, so one account operation may call another. (The embedded cloud runs in one process.)
 */
final class AccountLocks {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T inAccount(String account, Supplier<T> change) {
        ReentrantLock lock = locks.computeIfAbsent(account, a -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    void inAccount(String account, Runnable change) {
        inAccount(account, () -> {
            change.run();
            return null;
        });
    }
}
