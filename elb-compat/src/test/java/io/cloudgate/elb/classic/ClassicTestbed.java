package io.cloudgate.elb.classic;

import io.cloudgate.api.AwsService;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.dns.embedded.EmbeddedDns;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.BalancerStatistics;
import io.cloudgate.loadbalancer.DataPlane;
import io.cloudgate.loadbalancer.DataPlaneHealth;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.MemberHealth;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The classic service over an embedded cloud and DNS, with a data plane that records what it is handed. */
final class ClassicTestbed implements AutoCloseable {
    static final String ACCOUNT = "111122223333";

    final MovableClock clock = new MovableClock();
    final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    final Ec2Context ec2 = Ec2Context.of(EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults()), store,
            "us-east-1", clock);
    final EmbeddedDns dns = EmbeddedDns.open(store, clock, new InetSocketAddress("127.0.0.1", 0));
    final RecordingDataPlane dataPlane = new RecordingDataPlane();
    /** The account's server certificates by ARN, as IAM would resolve them. */
    final Map<String, Listener.Certificate> certificates = new ConcurrentHashMap<>();
    final ElbContext elb = new ElbContext(dataPlane, ec2, dns, 0, 0,
            (account, arn) -> account.equals(ACCOUNT) ? Optional.ofNullable(certificates.get(arn)) : Optional.empty());
    ElbClassicService.ElbClassic classic = ElbClassicService.create(elb);
    AwsService service = classic.service();

    /** Creates the service again over the same store, as a gateway restart does. */
    void restart() {
        classic = ElbClassicService.create(elb);
        service = classic.service();
    }

    @SuppressWarnings("unchecked")
    <O> O call(String operation, Object request) {
        Principal principal = new Principal(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT, null,
                "AKIATEST", false);
        return (O) service.operations().get(operation).handler().handle(request,
                new RequestContext("request-1", principal, "us-east-1", clock));
    }

    String runningInstance(String zone) {
        Image image = ec2.compute().images().visibleTo(ACCOUNT).stream()
                .filter(candidate -> candidate.architecture().equals("x86_64")).findFirst().orElseThrow();
        Machine machine = ec2.compute().machines().launch(ACCOUNT, new LaunchSpec(image.id(), "t3.micro", zone,
                null, List.of(), null, null, List.of(), null, false));
        clock.advance(Duration.ofMinutes(1));
        return ec2.ids().toAws(ResourceKind.INSTANCE, machine.id());
    }

    void stop(String instanceId) {
        ec2.compute().machines().stop(ACCOUNT, ec2.ids().requireBackend(ResourceKind.INSTANCE, instanceId), false);
        clock.advance(Duration.ofMinutes(1));
    }

    @Override
    public void close() {
        dns.close();
        store.close();
    }

    static final class RecordingDataPlane implements DataPlane {
        final Map<String, BalancerConfig> configs = new ConcurrentHashMap<>();
        final Map<String, List<MemberHealth>> health = new ConcurrentHashMap<>();
        final Map<String, BalancerStatistics> statistics = new ConcurrentHashMap<>();
        int applies;

        @Override
        public void apply(BalancerConfig config) {
            applies++;
            configs.put(config.id(), config);
        }

        @Override
        public void remove(String balancerId) {
            configs.remove(balancerId);
        }

        @Override
        public List<MemberHealth> health(String balancerId) {
            return health.getOrDefault(balancerId, List.of());
        }

        @Override
        public BalancerStatistics statistics(String balancerId) {
            return statistics.getOrDefault(balancerId, BalancerStatistics.NONE);
        }

        @Override
        public DataPlaneHealth dataPlaneHealth() {
            return new DataPlaneHealth(true, "recording");
        }

        @Override
        public void close() {
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2024-06-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
