package io.cloudgate.store.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test Cassandra node is started with: a minimal cassandra.yaml on 127.0.0.1 with its own ports and
 * directories, a quiet logback configuration, and the JVM options of Cassandra 5.0's jvm17-server.options.
 */
final class CassandraNodeFiles {
    /** The JPMS exports and opens from Cassandra 5.0's conf/jvm17-server.options. */
    private static final List<String> JDK17_OPTIONS = List.of(
            "-Djdk.attach.allowAttachSelf=true",
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-exports", "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
            "--add-exports", "java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports", "java.rmi/sun.rmi.server=ALL-UNNAMED",
            "--add-exports", "java.sql/java.sql=ALL-UNNAMED",
            "--add-exports", "java.base/java.lang.ref=ALL-UNNAMED",
            "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang.module=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.loader=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.reflect=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.math=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.util.jar=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.base/java.io=ALL-UNNAMED",
            "--add-opens", "java.base/java.nio=ALL-UNNAMED",
            "--add-opens", "java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.math=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED");

    private final Path directory;
    private final int nativePort;
    private final int storagePort;

    CassandraNodeFiles(Path directory, int nativePort, int storagePort) {
        this.directory = directory;
        this.nativePort = nativePort;
        this.storagePort = storagePort;
    }

    Path log() {
        return directory.resolve("output.log");
    }

    /** Writes the configuration files and returns the command line that starts the node. */
    List<String> prepare(String java) throws IOException {
        Path yaml = directory.resolve("cassandra.yaml");
        Files.writeString(yaml, yaml());
        Path logback = directory.resolve("logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%d{HH:mm:ss.SSS} %%-5level [%%thread] %%logger{20} - %%msg%%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="FILE"/></root>
                </configuration>
                """.formatted(directory.resolve("system.log")));
        List<String> command = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + directory,
                "-Djava.net.preferIPv4Stack=true",
                "-Dcassandra-foreground=yes",
                "-Dcassandra.config=" + yaml.toUri(),
                "-Dcassandra.storagedir=" + directory,
                "-Dcassandra.logdir=" + directory,
                "-Dlogback.configurationFile=" + logback,
                "-Dcassandra.skip_wait_for_gossip_to_settle=0"));
        command.addAll(JDK17_OPTIONS);
        command.addAll(List.of("-cp", serverClasspath(), "org.apache.cassandra.service.CassandraDaemon"));
        return command;
    }

    private String yaml() {
        return """
                cluster_name: cloudgate-test
                num_tokens: 1
                initial_token: 0
                partitioner: org.apache.cassandra.dht.Murmur3Partitioner
                endpoint_snitch: SimpleSnitch
                seed_provider:
                  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
                    parameters:
                      - seeds: "127.0.0.1:%2$d"
                listen_address: 127.0.0.1
                rpc_address: 127.0.0.1
                storage_port: %2$d
                native_transport_port: %3$d
                start_native_transport: true
                # Every acknowledged write is on disk: the only replica may be killed at any time.
                commitlog_sync: batch
                commitlog_directory: %1$s/commitlog
                data_file_directories:
                  - %1$s/data
                saved_caches_directory: %1$s/saved_caches
                hints_directory: %1$s/hints
                cdc_raw_directory: %1$s/cdc_raw
                concurrent_compactors: 1
                # Tests truncate between cases; a snapshot each time would only cost time and disk.
                auto_snapshot: false
                # A loaded 2-core CI machine can pause a synced commit for seconds; stay just under the
                # driver's 5 s request timeout so that slow writes finish instead of timing out at 2 s.
                write_request_timeout: 4500ms
                read_request_timeout: 4500ms
                cas_contention_timeout: 4000ms
                """.formatted(directory, storagePort, nativePort);
    }

    /** The server's jars, resolved by this module's build (see its pom) and shipped in its test-jar. */
    private static String serverClasspath() throws IOException {
        try (InputStream in = CassandraNodeFiles.class.getResourceAsStream("cassandra-node.classpath")) {
            if (in == null) {
                throw new IOException("cassandra-node.classpath is missing: build store-cassandra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
