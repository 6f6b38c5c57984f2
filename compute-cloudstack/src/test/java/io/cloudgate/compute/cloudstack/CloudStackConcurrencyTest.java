package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.cloudstack.fake.FakeLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's concurrency cases as CloudStack meets them: concurrent launches stay within the account's VM limit and
 * get distinct private addresses at once, and distinct public ones once running (Elastic IP gives them on start);
 * concurrent allocations across accounts never share an address.
 */
class CloudStackConcurrencyTest {
    private static final int QUOTA = 6;
    private final FakeCloudFixture fixture = new FakeCloudFixture(new FakeLimits(QUOTA, 200, 3));
    private final CloudStackCompute compute = fixture.compute;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void concurrentLaunchesStayWithinTheQuotaWithDistinctAddresses() throws Exception {
        String account = fixture.newAccount();
        String image = compute.images().visibleTo(account).get(0).id();
        LaunchSpec spec = new LaunchSpec(image, "t3.micro", null, null, List.of(), null, null, List.of(), null, true);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < QUOTA + 3; i++) {
            calls.add(() -> compute.machines().launch(account, spec));
        }
        List<Object> results = runConcurrently(calls);
        List<Machine> machines = results.stream().filter(Machine.class::isInstance).map(Machine.class::cast).toList();
        assertThat(machines).hasSize(QUOTA);
        assertThat(results).filteredOn(ComputeException.class::isInstance)
                .allMatch(e -> ((ComputeException) e).kind() == ComputeException.Kind.MACHINE_QUOTA);
        assertThat(machines).extracting(Machine::privateAddress).doesNotContainNull().doesNotHaveDuplicates();

        List<Machine> running = fixture.await(() -> compute.machines().list(account),
                all -> all.stream().allMatch(m -> m.state() == MachineState.RUNNING));
        assertThat(running).hasSize(QUOTA).extracting(Machine::publicAddress).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void concurrentAllocationsAcrossAccountsNeverShareAnAddress() throws Exception {
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String account = fixture.newAccount();
            calls.add(() -> compute.addresses().allocate(account));
        }
        List<Object> results = runConcurrently(calls);
        assertThat(results).allMatch(Address.class::isInstance);
        assertThat(results).extracting(r -> ((Address) r).publicAddress()).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    private static List<Object> runConcurrently(List<Callable<Object>> calls) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : executor.invokeAll(calls)) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ComputeException.class);
                    results.add(e.getCause());
                }
            }
            return results;
        }
    }
}
