package io.cloudgate.store;

/** A set of named tables; the embedded engine keeps them on local disk, the distributed one in Cassandra. */
public interface DocumentStore extends AutoCloseable {
    Table table(String name);

    /**
     * Runs {@code writes} (calls on this store's tables, on the calling thread) letting the engine make them durable
     * together: when it returns, normally or not, every write it made is as durable as a single write. Each write
     * keeps its own semantics (conditional writes stay atomic), and others may see a write before the batch ends;
     * a batch is not a transaction, and a failure part way keeps the writes made before it. Batches may nest.
     * By default every write is made durable on its own, as outside a batch.
     */
    default void batch(Runnable writes) {
        writes.run();
    }

    @Override
    void close();
}
