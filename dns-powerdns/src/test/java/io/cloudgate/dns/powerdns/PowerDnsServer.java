package io.cloudgate.dns.powerdns;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PowerDNS Authoritative server for tests: {@code pdns_server} with the SQLite backend, in a temporary
 * directory with its own configuration, answering DNS and its API on 127.0.0.1 at free ports. Needs the Debian
 * packages pdns-server, pdns-backend-sqlite3 and sqlite3 (CI installs them; see .ci/run).
 */
public final class PowerDnsServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final List<Path> SCHEMAS = List.of(
            Path.of("/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql"),
            Path.of("/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql"));

    private final Path dir;
    private final Path binary;
    private final int dnsPort;
    private final int webPort;
    private final String apiKey = UUID.randomUUID().toString();
    private Process process;

    private PowerDnsServer(Path dir, Path binary, int dnsPort, int webPort) {
        this.dir = dir;
        this.binary = binary;
        this.dnsPort = dnsPort;
        this.webPort = webPort;
    }

    /** Where pdns_server is installed, if it is. */
    public static Optional<Path> binary() {
        Stream<Path> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(entry -> !entry.isEmpty()).map(Path::of);
        return Stream.concat(Stream.of(Path.of("/usr/sbin")), path)
                .map(directory -> directory.resolve("pdns_server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts a fresh server with an empty database; waits until its API answers. */
    public static PowerDnsServer start() throws IOException, InterruptedException {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("pdns_server is not installed"));
        Path dir = Files.createTempDirectory("pdns-test");
        int dnsPort = freeTcpAndUdpPort();
        int webPort = freeTcpAndUdpPort();
        PowerDnsServer server = new PowerDnsServer(dir, binary, dnsPort, webPort);
        server.createDatabase();
        server.writeConfig();
        server.launch();
        return server;
    }

    public PowerDnsSettings settings() {
        return PowerDnsSettings.of(URI.create("http://127.0.0.1:" + webPort), apiKey, dnsEndpoint());
    }

    public InetSocketAddress dnsEndpoint() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), dnsPort);
    }

    /** Stops the server process and waits for it to end; its database stays for {@link #restart}. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Starts the server again on the same ports and database. */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void createDatabase() throws IOException, InterruptedException {
        Path schema = SCHEMAS.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PowerDNS SQLite schema in " + SCHEMAS));
        Process sqlite = new ProcessBuilder("sqlite3", dir.resolve("pdns.sqlite3").toString())
                .redirectInput(schema.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sqlite3.log").toFile())
                .start();
        if (!sqlite.waitFor(30, TimeUnit.SECONDS) || sqlite.exitValue() != 0) {
            throw new IOException("sqlite3 failed to create the PowerDNS database: "
                    + Files.readString(dir.resolve("sqlite3.log")));
        }
    }

    private void writeConfig() throws IOException {
        // No caches, so that every answer comes from the database as it is; no security poll (no network).
        String config = String.join("\n",
                "launch=gsqlite3",
                "gsqlite3-database=" + dir.resolve("pdns.sqlite3"),
                "gsqlite3-pragma-synchronous=0",
                "local-address=" + LOOPBACK,
                "local-port=" + dnsPort,
                "webserver=yes",
                "webserver-address=" + LOOPBACK,
                "webserver-port=" + webPort,
                "webserver-allow-from=" + LOOPBACK,
                "api=yes",
                "api-key=" + apiKey,
                "enable-lua-records=yes",
                "security-poll-suffix=",
                "cache-ttl=0",
                "query-cache-ttl=0",
                "negquery-cache-ttl=0",
                "zone-cache-refresh-interval=0",
                "distributor-threads=1",
                "receiver-threads=1",
                "loglevel=4",
                "");
        Files.writeString(dir.resolve("pdns.conf"), config);
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary.toString(), "--config-dir=" + dir, "--daemon=no", "--guardian=no",
                "--disable-syslog", "--socket-dir=" + dir)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("pdns.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!accepts(webPort) || !accepts(dnsPort)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IOException("pdns_server did not start: " + Files.readString(dir.resolve("pdns.log")));
            }
            Thread.sleep(50);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port free for both TCP and UDP on the loopback address (PowerDNS binds both to its DNS port). */
    private static int freeTcpAndUdpPort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // The UDP side of this port is in use; try another.
            }
        }
        throw new IOException("no free TCP and UDP port on the loopback address");
    }
}
