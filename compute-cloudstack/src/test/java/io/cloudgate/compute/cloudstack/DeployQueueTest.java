package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.RawResponse;
import io.cloudgate.cloudstack.client.TestKeys;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.cloudstack.fake.FakeClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A burst of launches reaches CloudStack at the configured rate, the rest shown pending meanwhile. */
class DeployQueueTest {
    private final AtomicInteger deploys = new AtomicInteger();
    private final FakeClock clock = new FakeClock();
    private final CloudStackClient client = new CloudStackClient(TestKeys.RECORDER, request -> {
        if (request.command().equals("deployVirtualMachine")) {
            int n = deploys.incrementAndGet();
            return new RawResponse(200, "{\"deployvirtualmachineresponse\":{\"id\":\"vm-" + n
                    + "\",\"jobid\":\"job-" + n + "\"}}");
        }
        return new RawResponse(200, "{\"queryasyncjobresultresponse\":{\"jobstatus\":0}}");
    });
    private final JobTracker tracker = new JobTracker(client, tenant -> { });
    private final DeployQueue queue = new DeployQueue(client, new MachineIds(MvStoreDocumentStore.inMemory(clock)),
            tracker, clock, 10);

    @Test
    void aBurstOf200IsSentTenAtOnceAndTheRestQueued() {
        int sentAtOnce = 0;
        for (int i = 0; i < 200; i++) {
            String launchId = MachineIds.newLaunchId();
            Optional<String> vm = queue.sendOrEnqueue(new DeployQueue.Queued(launchId, i % 2 == 0 ? "a" : "b", null,
                    Map.of("zoneid", "z"), placeholder(launchId)));
            sentAtOnce += vm.isPresent() ? 1 : 0;
        }
        assertThat(sentAtOnce).isEqualTo(10);
        assertThat(deploys).hasValue(10);
        assertThat(queue.size()).isEqualTo(190);
        assertThat(tracker.pendingCount()).isEqualTo(10);
        assertThat(queue.placeholders("a")).hasSize(95).allMatch(m -> m.state() == MachineState.PENDING);
        for (int tick = 0; tick < 19; tick++) {
            clock.advance(Duration.ofSeconds(1));
            queue.drain(10);
        }
        assertThat(deploys).hasValue(200);
        assertThat(queue.size()).isZero();
    }

    @Test
    void aLaunchWaitsBehindQueuedOnesEvenWhenTheRateAllowsIt() {
        for (int i = 0; i < 11; i++) {
            String launchId = MachineIds.newLaunchId();
            queue.sendOrEnqueue(new DeployQueue.Queued(launchId, "a", null, Map.of(), placeholder(launchId)));
        }
        clock.advance(Duration.ofSeconds(1));
        String late = MachineIds.newLaunchId();
        assertThat(queue.sendOrEnqueue(new DeployQueue.Queued(late, "a", null, Map.of(), placeholder(late))))
                .isEmpty();
        assertThat(queue.withdraw("b", late)).as("another tenant's launch").isFalse();
        assertThat(queue.withdraw("a", late)).isTrue();
        assertThat(queue.placeholder("a", late)).isEmpty();
        assertThat(queue.size()).isEqualTo(1);
    }

    private static Machine placeholder(String id) {
        return new Machine(id, "a", "img", "t3.micro", "z", null, null, null, null, List.of(), null, null,
                MachineState.PENDING, null, null, null, List.of(), Devices.ROOT);
    }
}
