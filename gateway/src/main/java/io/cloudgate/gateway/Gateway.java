package io.cloudgate.gateway;

import io.cloudgate.api.AwsService;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.Ec2Service;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.gateway.admin.AdminApi;
import io.cloudgate.gateway.auth.Authenticator;
import io.cloudgate.gateway.auth.Throttle;
import io.cloudgate.gateway.http.HttpServer;
import io.cloudgate.gateway.routing.ServiceRouter;
import io.cloudgate.identity.AdminBootstrap;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.IssuedKey;
import io.cloudgate.identity.iam.IamService;
import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.identity.sts.StsService;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The all-in-one gateway, wired in plain Java: store, identities, services, pipeline, HTTP server. */
public final class Gateway implements AutoCloseable {
    private final GatewayConfig config;
    private final DocumentStore store;
    private final HttpServer server;
    private final Optional<IssuedKey> firstAdminKey;
    private int port;

    private Gateway(GatewayConfig config, DocumentStore store, HttpServer server, Optional<IssuedKey> firstAdminKey) {
        this.config = config;
        this.store = store;
        this.server = server;
        this.firstAdminKey = firstAdminKey;
    }

    public static Gateway create(GatewayConfig config, Clock clock) throws IOException {
        return create(config, clock, List.of());
    }

    /**
     * A gateway that also serves the given services (tests use this to reach every protocol); they take
     * precedence over a built-in service with the same signing name and version.
     */
    public static Gateway create(GatewayConfig config, Clock clock, List<AwsService> extraServices)
            throws IOException {
        Files.createDirectories(config.dataDir());
        DocumentStore store = MvStoreDocumentStore.open(config.dataDir().resolve("gateway.db"), clock);
        Identities identities = new Identities(store, SecretCipher.fromKeyFile(config.masterKeyFile()), clock);
        Optional<IssuedKey> firstAdminKey = AdminBootstrap.ensureAdmin(identities);
        EmbeddedSettings cloud = EmbeddedSettings.defaults().withRegion(config.region());
        GatewayConfig.CloudLimits limits = config.cloudLimits();
        Compute compute = EmbeddedCompute.open(store, clock, cloud.withLimits(limits.machineQuotaPerAccount(),
                limits.vcpuCapacity(), limits.volumeQuotaGibPerAccount(), cloud.addressQuotaPerAccount()));
        Ec2Context ec2 = Ec2Context.of(compute, store, config.region(), clock);
        List<AwsService> services = new ArrayList<>(extraServices);
        services.addAll(List.of(StsService.create(identities), IamService.create(identities), Ec2Service.create(ec2)));
        Map<String, Protocol> protocols = Protocols.all();
        Authenticator authenticator = new Authenticator(identities, clock, config.sigV2Enabled());
        RequestPipeline pipeline = new RequestPipeline(
                new ServiceRouter(services, protocols),
                authenticator,
                new Throttle(config.requestsPerSecond()),
                new AdminApi(identities, authenticator),
                new ErrorRenderer(),
                clock,
                config.region(),
                config.maxBodyBytes());
        return new Gateway(config, store, new HttpServer(config, pipeline, clock), firstAdminKey);
    }

    public int start() throws InterruptedException {
        port = server.start();
        return port;
    }

    public int port() {
        return port;
    }

    /** The administrator's root key when this start created the administrator account. */
    public Optional<IssuedKey> firstAdminKey() {
        return firstAdminKey;
    }

    public GatewayConfig config() {
        return config;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            server.stop(config.shutdownGrace());
        } finally {
            store.close();
        }
    }
}
