package io.cloudgate.cloudwatch.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.cloudgate.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends writes asynchronously with a bound on how many of this store's writes are in flight at once, across
 * every request: one PutMetricData can make thousands of rows, and a connection to a node carries at most
 * 1024 requests (more fail at once with "no connection available"). Callers wait on a permit (they run on
 * virtual threads), so a large request is paced by Cassandra instead of failing.
 */
final class ConcurrentWrites {
    private final CqlSession session;
    private final Semaphore inFlight;

    ConcurrentWrites(CqlSession session, int maxInFlight) {
        this.session = session;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Executes every statement and returns once Cassandra acknowledged all of them. After a failure no further
     * statement is sent, and a failure is thrown (wrapped in a {@link CompletionException}) once the
     * writes already sent have ended, so that nothing of this call still runs when the caller reports it.
     */
    void executeAll(List<? extends Statement<?>> statements) {
        List<CompletableFuture<AsyncResultSet>> writes = new ArrayList<>(statements.size());
        AtomicBoolean failed = new AtomicBoolean();
        boolean interrupted = false;
        for (Statement<?> statement : statements) {
            if (failed.get()) {
                break;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
            CompletableFuture<AsyncResultSet> write;
            try {
                write = session.executeAsync(statement).toCompletableFuture();
            } catch (RuntimeException e) {
                write = CompletableFuture.failedFuture(e);
            }
            write.whenComplete((result, error) -> {
                inFlight.release();
                if (error != null) {
                    failed.set(true);
                }
            });
            writes.add(write);
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while writing metric data to Cassandra", null);
        }
    }
}
