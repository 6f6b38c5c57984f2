package io.cloudgate.store.embedded;

import org.h2.mvstore.MVStore;

/**
 * When the MVStore commits: after every write, except inside a {@link #batch} of the writing thread, where one
 * commit at the end of the outermost batch covers all its writes (a commit persists every change made so far).
 */
final class Commits {
    private final MVStore store;
    private final ThreadLocal<int[]> batchDepth = ThreadLocal.withInitial(() -> new int[1]);

    Commits(MVStore store) {
        this.store = store;
    }

    void afterWrite() {
        if (batchDepth.get()[0] == 0) {
            store.commit();
        }
    }

    void batch(Runnable writes) {
        int[] depth = batchDepth.get();
        depth[0]++;
        try {
            writes.run();
        } finally {
            depth[0]--;
            if (depth[0] == 0) {
                store.commit();
            }
        }
    }
}
