package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent requests (the gateway runs each on its own virtual thread) never share addresses or overrun quotas. */
public interface ConcurrencyKit extends ComputeKitFixture {

    /** Runs the calls at once; each result is the value or the ComputeException thrown. */
    private static List<Object> runConcurrently(List<Callable<Object>> calls) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> futures = executor.invokeAll(calls);
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
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

    @Test
    default void concurrentLaunchesGetDistinctAddressesWithinTheQuota() throws InterruptedException {
        String account = newAccount();
        int quota = Math.min(limits().machinesPerAccount(), 16);
        Subnet subnet = defaultSubnet(account, compute().zones().list().get(0).name());
        LaunchSpec spec = specInSubnet(account, subnet.id(), true);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < quota + 3; i++) {
            calls.add(() -> compute().machines().launch(account, spec));
        }
        List<Object> results = runConcurrently(calls);
        List<Machine> machines = results.stream().filter(Machine.class::isInstance).map(Machine.class::cast).toList();
        if (quota == limits().machinesPerAccount()) {
            assertThat(machines).hasSize(quota);
            assertThat(results).filteredOn(ComputeException.class::isInstance)
                    .allMatch(e -> ((ComputeException) e).kind() == ComputeException.Kind.MACHINE_QUOTA);
        }
        assertThat(new HashSet<>(machines.stream().map(Machine::privateAddress).toList())).hasSameSizeAs(machines);
        assertThat(new HashSet<>(machines.stream().map(Machine::publicAddress).toList())).hasSameSizeAs(machines);
        assertThat(compute().machines().list(account)).hasSameSizeAs(machines);
    }

    @Test
    default void concurrentAllocationsAcrossAccountsNeverShareAnAddress() throws InterruptedException {
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String account = newAccount();
            calls.add(() -> compute().addresses().allocate(account));
            calls.add(() -> compute().machines().launch(account, specInSubnet(account,
                    defaultSubnet(account, compute().zones().list().get(0).name()).id(), true)));
        }
        List<String> publicAddresses = new ArrayList<>();
        for (Object result : runConcurrently(calls)) {
            assertThat(result).isNotInstanceOf(ComputeException.class);
            publicAddresses.add(result instanceof Address a ? a.publicAddress() : ((Machine) result).publicAddress());
        }
        assertThat(publicAddresses).doesNotContainNull().doesNotHaveDuplicates();
    }
}
