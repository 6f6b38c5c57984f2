package io.cloudgate.gateway;

import io.cloudgate.gateway.http.HttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;

/** Starts the all-in-one gateway: {@code java -jar cloudgate-gateway.jar [--port N] [--data-dir DIR] ...}. */
public final class Main {
    private static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK gives virtual threads a carrier per core by default. An idle carrier spins before it parks, so
        // carriers that also share the cores with the event loops burn the CPU those need; they get the cores
        // the loops leave instead, unless the operator chose. Read when the first virtual thread starts.
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, String.valueOf(HttpServer.operationThreads()));
        }
        GatewayConfig config;
        try {
            config = CommandLine.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Gateway gateway = Gateway.create(config, Clock.systemUTC());
        int port = gateway.start();
        String endpoint = "http://" + config.bind() + ":" + port;
        if (gateway.firstAdminKey().isPresent()) {
            CredentialFiles.write(config.dataDir(), gateway.firstAdminKey().get(), config.region(), endpoint);
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                gateway.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.out.println("cloudgate listening on " + endpoint + " (data in " + config.dataDir().toAbsolutePath() + ")");
        InetSocketAddress dns = gateway.dnsEndpoint();
        System.out.println("DNS answering on " + dns.getHostString() + ":" + dns.getPort() + " (UDP and TCP)");
        System.out.println("Administrator credentials: " + CredentialFiles.credentials(config.dataDir()).toAbsolutePath());
        System.out.println(CredentialFiles.exportLine(config.dataDir()));
        System.out.println("Then: aws --endpoint-url " + endpoint + " sts get-caller-identity");
        System.out.flush();
    }
}
