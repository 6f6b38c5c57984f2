package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.HttpCloudStackTransport;
import io.cloudgate.compute.cloudstack.fake.FakeClock;
import io.cloudgate.compute.cloudstack.fake.FakeCloudStack;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The adapter over HTTP on a fake management server, sharing one clock with it: t3.micro, t3.small and m5.2xlarge
 * on the fake's offerings, gp2, gp3 and io1 on its disk offerings, up to 100 deploys a second, polled by hand.
 */
final class FakeCloudFixture implements AutoCloseable {
    final FakeClock clock = new FakeClock();
    final FakeCloudStack cloud;
    final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    final CloudStackCompute compute;
    private final CloudStackSettings settings;

    FakeCloudFixture(FakeLimits limits) {
        cloud = FakeCloudStack.start(clock, limits);
        CloudStackSettings defaults = CloudStackSettings.of(cloud.endpoint(), FakeCloudStack.KEYS, Map.of(
                "t3.micro", "Micro Instance", "t3.small", "Small Instance", "m5.2xlarge", "Large Instance"));
        settings = new CloudStackSettings(defaults.endpoint(), defaults.credentials(),
                defaults.instanceTypes(), Map.of("gp2", "Standard", "gp3", "Performance", "io1", "Provisioned IOPS"),
                null, 100, Duration.ofSeconds(1), defaults.listCacheTtl(), defaults.catalogTtl(),
                Duration.ofSeconds(10));
        compute = newAdapter(null);
    }

    /**
     * Another adapter on the same fake and store, as a second gateway (or this one restarted) would be; with a
     * scheduler it polls and samples by itself.
     */
    CloudStackCompute newAdapter(ScheduledExecutorService scheduler) {
        CloudStackClient client = new CloudStackClient(FakeCloudStack.KEYS,
                new HttpCloudStackTransport(cloud.endpoint(), Duration.ofSeconds(10)));
        return CloudStackCompute.create(client, settings, store, clock, scheduler, pause -> { });
    }

    /** A tenant with a CloudStack account of its own, linked as an operator links it. */
    String newAccount() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 12);
        cloud.createAccount(tenant);
        compute.links().link(new AccountLink(tenant, tenant, FakeCloudStack.DOMAIN_ID, false));
        return tenant;
    }

    /** Lets time pass and the adapter poll its jobs once. */
    void elapse(Duration duration) {
        clock.advance(duration);
        compute.tick();
    }

    /** Polls the value a second apart until it satisfies the condition, for a minute at most. */
    <T> T await(Supplier<T> value, Predicate<T> condition) {
        for (int second = 0; second < 60; second++) {
            T current = value.get();
            if (condition.test(current)) {
                return current;
            }
            elapse(Duration.ofSeconds(1));
        }
        throw new AssertionError("Condition not reached; last value " + value.get());
    }

    /** Launches a t3.micro of the account's first image and waits until it runs; returns its id. */
    String launchRunning(String account) {
        String image = compute.images().visibleTo(account).getFirst().id();
        Machine launched = compute.machines().launch(account, new LaunchSpec(image, "t3.micro", null, null, List.of(),
                null, null, List.of(), null, false));
        awaitState(account, launched.id(), MachineState.RUNNING);
        return launched.id();
    }

    void awaitState(String account, String machine, MachineState state) {
        await(() -> compute.machines().find(account, machine).orElseThrow().state(), state::equals);
    }

    /** Moves the clock to 5 s past the next minute, where the usage sampler runs; returns that instant. */
    Instant moveToNextUsagePass() {
        Instant now = clock.instant();
        Instant at = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).plusSeconds(5);
        elapse(Duration.between(now, at));
        return at;
    }

    /** Moves to the next usage pass and samples there, as the sampler's thread would; returns the pass's instant. */
    Instant usagePass() {
        Instant at = moveToNextUsagePass();
        compute.sampleUsage();
        return at;
    }

    @Override
    public void close() {
        compute.close();
        cloud.close();
    }
}
