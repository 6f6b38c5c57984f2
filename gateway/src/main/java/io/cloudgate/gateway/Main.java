package io.cloudgate.gateway;

import java.time.Clock;

/** Starts the all-in-one gateway: {@code java -jar cloudgate-gateway.jar [--port N] [--data-dir DIR] ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        GatewayConfig config;
        try {
            config = CommandLine.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.setProperty("cloudgate.dataDir", config.dataDir().toAbsolutePath().toString());
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
        System.out.println("Administrator credentials: " + CredentialFiles.credentials(config.dataDir()).toAbsolutePath());
        System.out.println(CredentialFiles.exportLine(config.dataDir()));
        System.out.println("Then: aws --endpoint-url " + endpoint + " sts get-caller-identity");
        System.out.flush();
    }
}
