package io.cloudgate.ec2.ops.instances;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed.MovableClock;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import org.junit.jupiter.api.Test;

/** Records read within the last second are not read again; this object's own writes show at once. */
class InstanceRecordsTest {
    private final MovableClock clock = new MovableClock();
    private final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final InstanceRecords records = new InstanceRecords(store, clock);
    /** Another gateway's view of the same store. */
    private final InstanceRecords elsewhere = new InstanceRecords(store, clock);
    private final InstanceRecord initial = InstanceRecord.adopted("i-0123456789abcdef0", "m-1", "eni-1", 2, null);

    @Test
    void ownWritesShowAtOnceAndOtherGatewaysWritesWithinASecond() {
        records.put("a", initial);
        assertThat(records.get("a", initial.instanceId())).contains(initial);

        InstanceRecord protectedOne = records.update("a", initial, r -> r.withProtection(
                r.protection().withDisableApiTermination(true)));
        assertThat(records.get("a", initial.instanceId())).contains(protectedOne);

        InstanceRecord changedElsewhere = elsewhere.update("a", initial, r -> r.withProtection(
                r.protection().withShutdownBehavior("terminate")));
        assertThat(records.get("a", initial.instanceId())).contains(protectedOne);
        clock.advance(InstanceRecords.REREAD_AFTER);
        assertThat(records.get("a", initial.instanceId())).contains(changedElsewhere);

        records.delete("a", changedElsewhere);
        assertThat(records.get("a", initial.instanceId())).isEmpty();
    }
}
