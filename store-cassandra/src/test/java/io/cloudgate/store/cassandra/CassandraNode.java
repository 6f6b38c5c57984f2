package io.cloudgate.store.cassandra;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Cassandra 5.0 node for tests: a separate JVM running {@code CassandraDaemon} from the cassandra-all
 * jars on 127.0.0.1 with free ports and its data in a temporary directory. One per test JVM ({@link #shared()}),
 * removed when the JVM exits. The node's JVM is the one named by the system property or environment variable
 * {@code CASSANDRA_JAVA}, else Debian's JDK 17 (CI installs it), else the {@code java} on the PATH.
 */
public final class CassandraNode implements AutoCloseable {
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static CassandraNode shared;

    private final Path directory;
    private final int nativePort;
    private final CassandraNodeFiles files;
    private Process process;
    private Duration lastBoot;

    private CassandraNode(Path directory, int nativePort, int storagePort) {
        this.directory = directory;
        this.nativePort = nativePort;
        this.files = new CassandraNodeFiles(directory, nativePort, storagePort);
    }

    /** The node of this JVM, started on first use and removed at exit. */
    public static synchronized CassandraNode shared() {
        if (shared == null) {
            CassandraNode node = start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "cassandra-node-stop"));
            shared = node;
        }
        return shared;
    }

    /** Starts a node of its own; the caller closes it. */
    public static CassandraNode start() {
        try {
            CassandraNode node = new CassandraNode(Files.createTempDirectory("cassandra-node"), freePort(), freePort());
            node.boot();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InetSocketAddress nativeAddress() {
        return new InetSocketAddress("127.0.0.1", nativePort);
    }

    /** "127.0.0.1:port", as the gateway's --cassandra-contact-points takes it. */
    public String contactPoint() {
        return "127.0.0.1:" + nativePort;
    }

    public CassandraSettings settings(String keyspace) {
        return CassandraSettings.of(contactPoint()).withKeyspace(keyspace);
    }

    /** How long the last start took until the node answered CQL. */
    public synchronized Duration lastBootTime() {
        return lastBoot;
    }

    /** The directory holding the node's configuration, data and logs (removed by {@link #close()}). */
    public Path directory() {
        return directory;
    }

    /** The process id of the node's JVM, or -1 when it is not running. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the node at once (no drain, as a crash would), keeping its data. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit(process);
            process = null;
        }
    }

    /** Starts the node again on the same ports and data. */
    public synchronized void restart() {
        kill();
        boot();
    }

    @Override
    public synchronized void close() {
        kill();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void boot() {
        long started = System.nanoTime();
        try {
            List<String> command = files.prepare(java());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile())).start();
            long deadline = started + BOOT_TIMEOUT.toNanos();
            while (!answersCql()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String tail = tail();
                    kill();
                    throw new IllegalStateException("Cassandra did not start (" + directory + "):\n" + tail);
                }
                Thread.sleep(250);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("interrupted while Cassandra was starting", e);
        }
        lastBoot = Duration.ofNanos(System.nanoTime() - started);
        System.err.printf("Cassandra node on %s answered CQL %.1f s after start%n", contactPoint(), lastBoot.toMillis() / 1000.0);
    }

    /** Sends a CQL OPTIONS frame (protocol v4) and expects SUPPORTED: the native transport is serving. */
    private boolean answersCql() {
        try (Socket socket = new Socket()) {
            socket.connect(nativeAddress(), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(new byte[] {0x04, 0, 0, 1, 0x05, 0, 0, 0, 0});
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[9];
            in.readFully(header);
            return (header[0] & 0x80) != 0 && header[4] == 0x06;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path log : List.of(files.log(), directory.resolve("system.log"))) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(line -> text.append(line).append('\n'));
            }
        }
        return text.toString();
    }

    /** Cassandra 5.0 needs a JDK 11 or 17 (it installs a security manager, which JDK 24 removed). */
    private static String java() {
        String configured = System.getProperty("CASSANDRA_JAVA", System.getenv("CASSANDRA_JAVA"));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> jdk.getFileName().toString().matches("java-17-openjdk-.*"))
                    .map(jdk -> jdk.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .map(Path::toString)
                    .findFirst()
                    .orElse("java");
        } catch (IOException e) {
            return "java";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForExit(Process process) {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Cassandra did not exit after being killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
