package io.cloudgate.gateway;

import io.cloudgate.identity.IssuedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

/** A gateway with the probe services on an ephemeral port, for tests of the gateway itself. */
final class TestGateway implements AutoCloseable {
    final Gateway gateway;
    final IssuedKey admin;

    private TestGateway(Gateway gateway) {
        this.gateway = gateway;
        this.admin = gateway.firstAdminKey().orElseThrow();
    }

    static TestGateway start(String... options) throws Exception {
        Path directory = Files.createTempDirectory("gateway-test");
        String[] base = {"--port", "0", "--dns-port", "0", "--data-dir", directory.resolve("data").toString(),
                "--master-key-file", directory.resolve("master.key").toString()};
        GatewayConfig config = CommandLine.parse(Stream.concat(Stream.of(base), Stream.of(options))
                .toArray(String[]::new), Map.of());
        TestGateway started = new TestGateway(Gateway.create(config, Clock.systemUTC(), ProbeServices.all()));
        started.gateway.start();
        return started;
    }

    int port() {
        return gateway.port();
    }

    Path dataDir() {
        return gateway.config().dataDir();
    }

    String accessKeyId() {
        return admin.record().accessKeyId();
    }

    String secret() {
        return admin.secretAccessKey();
    }

    @Override
    public void close() throws Exception {
        gateway.close();
    }
}
