package io.cloudgate.store.cassandra;

import java.util.Optional;

/**
 * Runs one {@link CassandraNode} outside a test, for benchmarks: prints {@code cassandra contact point HOST:PORT}
 * (then the node's process id and directory) on stdout once it answers CQL, and stays up until this JVM is
 * asked to end (SIGTERM, Ctrl-C) or the process that started it is gone; the node is then killed and its data
 * removed. A SIGKILL of this JVM leaves the node behind: that is why its process id and directory are printed.
 */
public final class CassandraNodeLauncher {
    private CassandraNodeLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<ProcessHandle> starter = ProcessHandle.current().parent();
        CassandraNode node = CassandraNode.start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "cassandra-node-stop"));
        System.out.println("cassandra node pid " + node.pid());
        System.out.println("cassandra node directory " + node.directory());
        System.out.println("cassandra contact point " + node.contactPoint());
        System.out.flush();
        // An orphaned node would hold its ports, memory and data directory until someone noticed.
        while (node.isRunning() && starter.map(ProcessHandle::isAlive).orElse(true)) {
            Thread.sleep(1000);
        }
        if (!node.isRunning()) {
            System.err.println("the Cassandra node exited by itself");
            System.exit(1);
        }
        System.exit(0);
    }
}
