package io.cloudgate.sigv4;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A few idle instances of something costly to create and not thread-safe (digests, MACs), lent to one thread at a
 * time. Lock-free and allocation-free; when every slot is empty a fresh instance is made, and an instance given
 * back to a full pool is dropped. Virtual threads come and go per request, so thread-locals would not be reused.
 */
final class InstancePool<T> {
    private final AtomicReferenceArray<T> idle;
    private final Supplier<T> create;

    InstancePool(int size, Supplier<T> create) {
        this.idle = new AtomicReferenceArray<>(size);
        this.create = create;
    }

    T take() {
        for (int i = 0; i < idle.length(); i++) {
            T instance = idle.get(i);
            if (instance != null && idle.compareAndSet(i, instance, null)) {
                return instance;
            }
        }
        return create.get();
    }

    /** Gives back an instance taken from this pool, in the state the next taker expects (reset). */
    void give(T instance) {
        for (int i = 0; i < idle.length(); i++) {
            if (idle.get(i) == null && idle.compareAndSet(i, null, instance)) {
                return;
            }
        }
    }
}
