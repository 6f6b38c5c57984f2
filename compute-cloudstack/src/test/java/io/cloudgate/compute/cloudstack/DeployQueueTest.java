package io.cloudgate.compute.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.RawResponse;
import io.cloudgate.cloudstack.client.TestKeys;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A burst of launches reaches CloudStack at the configured rate, the rest shown pending meanwhile. */
class DeployQueueTest {
    @Test
    void aBurstOf200IsFedAtTheConfiguredRate() {
        AtomicInteger deploys = new AtomicInteger();
        CloudStackClient client = new CloudStackClient(TestKeys.RECORDER, request -> {
            if (request.command().equals("deployVirtualMachine")) {
                int n = deploys.incrementAndGet();
                return new RawResponse(200, "{\"deployvirtualmachineresponse\":{\"id\":\"vm-" + n
                        + "\",\"jobid\":\"job-" + n + "\"}}");
            }
            return new RawResponse(200, "{\"queryasyncjobresultresponse\":{\"jobstatus\":0}}");
        });
        MachineIds ids = new MachineIds(MvStoreDocumentStore.inMemory(Clock.systemUTC()));
        JobTracker tracker = new JobTracker(client, tenant -> { });
        DeployQueue queue = new DeployQueue(client, ids, tracker);
        for (int i = 0; i < 200; i++) {
            String launchId = MachineIds.newLaunchId();
            queue.enqueue(new DeployQueue.Queued(launchId, i % 2 == 0 ? "a" : "b", null, Map.of("zoneid", "z"),
                    placeholder(launchId)));
        }
        assertThat(deploys).hasValue(0);
        queue.drain(10);
        assertThat(deploys).hasValue(10);
        assertThat(queue.size()).isEqualTo(190);
        assertThat(tracker.pendingCount()).isEqualTo(10);
        assertThat(queue.placeholders("a")).hasSize(95).allMatch(m -> m.state() == MachineState.PENDING);
        for (int tick = 0; tick < 19; tick++) {
            queue.drain(10);
        }
        assertThat(deploys).hasValue(200);
        assertThat(queue.size()).isZero();
    }

    private static Machine placeholder(String id) {
        return new Machine(id, "a", "img", "t3.micro", "z", null, null, null, null, List.of(), null, null,
                MachineState.PENDING, null, null, null, List.of(), Devices.ROOT);
    }
}
