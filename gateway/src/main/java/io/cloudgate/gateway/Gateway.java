package io.cloudgate.gateway;

import io.cloudgate.api.AwsService;
import io.cloudgate.cloudwatch.CloudWatchContext;
import io.cloudgate.cloudwatch.CloudWatchService;
import io.cloudgate.cloudwatch.builtin.BuiltinMetricStore;
import io.cloudgate.cloudwatch.metrics.MetricStore;
import io.cloudgate.cloudwatch.alarms.CloudWatchAlarms;
import io.cloudgate.cloudwatch.alarms.actions.ActionTargets;
import io.cloudgate.cloudwatch.alarms.actions.ScalingPolicyInvoker;
import io.cloudgate.cloudwatch.alarms.actions.WebhookSender;
import io.cloudgate.cloudwatch.alarms.engine.AlarmScheduler;
import io.cloudgate.compute.Compute;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.ec2.Ec2Service;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.instances.InstanceSettings;
import io.cloudgate.elb.classic.ClassicMetricSampler;
import io.cloudgate.elb.classic.ElbClassicService;
import io.cloudgate.elb.core.MemberRefresher;
import io.cloudgate.elb.core.BalancerDns;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.core.ElbMetricSink;
import io.cloudgate.elb.v2.ElbV2Service;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.V2MetricSampler;
import io.cloudgate.gateway.admin.AdminApi;
import io.cloudgate.gateway.auth.Authenticator;
import io.cloudgate.gateway.auth.Throttle;
import io.cloudgate.gateway.http.HttpServer;
import io.cloudgate.gateway.routing.ServiceRouter;
import io.cloudgate.identity.AdminBootstrap;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.IssuedKey;
import io.cloudgate.identity.iam.IamService;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.identity.sts.StsService;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.route53.Route53Context;
import io.cloudgate.route53.Route53Service;
import io.cloudgate.route53.health.HealthChecks;
import io.cloudgate.store.DocumentStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
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
    private final AuthoritativeDns dns;
    private final DataPlane dataPlane;
    private final MemberRefresher elbRefresher;
    private final ElbMetricsPublisher elbMetrics;
    private final HealthChecks healthChecks;
    private final AlarmScheduler alarmScheduler;
    private final ComputeBackends.OpenedCompute compute;
    private int port;

    private Gateway(GatewayConfig config, DocumentStore store, HttpServer server, Optional<IssuedKey> firstAdminKey,
                    AuthoritativeDns dns, DataPlane dataPlane, MemberRefresher elbRefresher,
                    ElbMetricsPublisher elbMetrics, HealthChecks healthChecks, AlarmScheduler alarmScheduler,
                    ComputeBackends.OpenedCompute compute) {
        this.config = config;
        this.store = store;
        this.server = server;
        this.firstAdminKey = firstAdminKey;
        this.dns = dns;
        this.dataPlane = dataPlane;
        this.elbRefresher = elbRefresher;
        this.elbMetrics = elbMetrics;
        this.healthChecks = healthChecks;
        this.alarmScheduler = alarmScheduler;
        this.compute = compute;
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
        DocumentStore store = StoreEngines.open(config, clock);
        Identities identities = new Identities(store, SecretCipher.fromKeyFile(config.masterKeyFile()), clock);
        Optional<IssuedKey> firstAdminKey = AdminBootstrap.ensureAdmin(identities);
        ComputeBackends.OpenedCompute opened = ComputeBackends.open(config, store, clock);
        Compute compute = opened.compute();
        Ec2Context ec2 = Ec2Context.of(compute, store, config.region(), clock);
        if (compute instanceof EmbeddedCompute embedded) {
            // The web-server image's pages name instances by their EC2 id.
            embedded.serveWebServers((account, machineId) -> ec2.ids().toAws(ResourceKind.INSTANCE, machineId));
        }
        AuthoritativeDns dns = DnsBackends.open(config.dns(), store, clock);
        HealthChecks healthChecks = HealthChecks.start(store, clock);
        List<AwsService> services = new ArrayList<>(extraServices);
        services.addAll(List.of(StsService.create(identities), IamService.create(identities), Ec2Service.create(ec2)));
        // Aliases to load balancers answer with the balancer's address, read from the balancers' DNS zone.
        services.add(Route53Service.create(new Route53Context(store, dns, healthChecks, healthChecks::exists,
                healthChecks::count, healthChecks.operations(), healthChecks::setInUseCheck,
                new BalancerAliasTargets(new BalancerDns(dns, config.region())),
                DnsBackends.nameServerDomain(config.dns()), clock)));
        LbDataPlanes.Opened lb = LbDataPlanes.open(config, clock);
        DataPlane dataPlane = lb.dataPlane();
        // Instances of the web-server image serve their port 80 at 80 + the web-server offset.
        // HTTPS and SSL listeners terminate TLS with the account's IAM server certificates, which stay while used.
        V2Context elbV2 = new V2Context(new ElbContext(dataPlane, ec2, dns, lb.listenerPortOffset(),
                config.webServerPortOffset(), (account, arn) -> identities.serverCertificates().material(account, arn)
                .map(pem -> new io.cloudgate.loadbalancer.Listener.Certificate(pem.chainPem(), pem.privateKeyPem()))));
        identities.serverCertificates().setInUseCheck((account, arn) -> elbV2.certificateUser(account, arn)
                .or(() -> ElbClassicService.certificateUser(elbV2.elb(), account, arn)));
        services.add(ElbV2Service.create(elbV2));
        elbV2.restoreAll();
        ElbClassicService.ElbClassic elbClassic = ElbClassicService.create(elbV2.elb());
        services.add(elbClassic.service());
        MemberRefresher elbRefresher = MemberRefresher.start(List.of(elbV2::refreshMembers,
                elbClassic.refreshMembers()), Duration.ofSeconds(5));
        // Every instance's AWS/EC2 metrics come from the compute port, next to the stored metrics.
        MetricStore metrics = BuiltinMetricStore.withEc2Metrics(StoreEngines.metricStore(store, clock),
                new Ec2InstanceDirectory(ec2, new InstanceSettings(store, clock)), compute.machines(), clock);
        // Counters are differenced every 10 seconds, so that metrics of fresh traffic show up promptly.
        ElbMetricSink elbSink = ElbMetricsPublisher.sink(metrics);
        ElbMetricsPublisher elbMetrics = ElbMetricsPublisher.start(List.of(
                new V2MetricSampler(elbV2, elbSink, clock)::sample,
                new ClassicMetricSampler(elbV2.elb(), elbSink, clock)::sample), Duration.ofSeconds(10));
        CloudWatchContext cloudWatch = CloudWatchContext.withMetricStore(store, clock, config.region(), metrics,
                compute);
        CloudWatchAlarms alarms = CloudWatchAlarms.of(cloudWatch, new ActionTargets(
                new Ec2InstanceActions(compute, ec2.ids()), ScalingPolicyInvoker.unavailable(),
                new WebhookSender(Duration.ofSeconds(10))));
        services.add(CloudWatchService.create(cloudWatch, alarms));
        Map<String, Protocol> protocols = Protocols.all();
        Authenticator authenticator = new Authenticator(identities, clock, config.sigV2Enabled());
        RequestPipeline pipeline = new RequestPipeline(
                new ServiceRouter(services, protocols),
                authenticator,
                new Throttle(config.requestsPerSecond()),
                new AdminApi(identities, authenticator, opened.cloudStackLinks(), opened.openStackLinks()),
                new ErrorRenderer(),
                clock,
                config.region(),
                config.maxBodyBytes());
        return new Gateway(config, store, new HttpServer(config, pipeline, clock), firstAdminKey, dns, dataPlane,
                elbRefresher, elbMetrics, healthChecks, alarms.scheduler(config.alarmEvaluationInterval()),
                opened);
    }

    public int start() throws InterruptedException {
        port = server.start();
        alarmScheduler.start();
        return port;
    }

    public int port() {
        return port;
    }

    /** The administrator's root key when this start created the administrator account. */
    public Optional<IssuedKey> firstAdminKey() {
        return firstAdminKey;
    }

    /** Where Route 53's zones answer DNS queries (UDP and TCP). */
    public InetSocketAddress dnsEndpoint() {
        return dns.endpoint();
    }

    public GatewayConfig config() {
        return config;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            server.stop(config.shutdownGrace());
        } finally {
            alarmScheduler.close();
            compute.close();
            healthChecks.close();
            elbRefresher.close();
            elbMetrics.close();
            dataPlane.close();
            dns.close();
            store.close();
        }
    }
}
