package io.cloudgate.store;

/** A set of named tables; the embedded engine keeps them on local disk, the distributed one in Cassandra. */
public interface DocumentStore extends AutoCloseable {
    Table table(String name);

    @Override
    void close();
}
