package io.cloudgate.ec2.ops.instances;

import io.cloudgate.store.DocumentStore;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;

/** What other areas may read of instances' EC2-only settings (network interfaces show some of them). */
public final class InstanceSettings {
    private final InstanceRecords records;

    public InstanceSettings(DocumentStore store, Clock clock) {
        this.records = new InstanceRecords(store, clock);
    }

    /**
     * Whether an instance's source/destination check is on, by backend machine id, for one listing of the
     * account (instances without an EC2 record have the default, on).
     */
    public Predicate<String> sourceDestCheck(String account) {
        Map<String, InstanceRecords.Stored> byMachine = records.byMachine(account);
        return machineId -> {
            InstanceRecords.Stored stored = byMachine.get(machineId);
            return stored == null || records.decode(stored).settings().sourceDestCheck();
        };
    }

    /**
     * Whether an instance has detailed monitoring (MonitorInstances), by backend machine id, for one listing of the
     * account (instances without an EC2 record have the default, off).
     */
    public Predicate<String> detailedMonitoring(String account) {
        Map<String, InstanceRecords.Stored> byMachine = records.byMachine(account);
        return machineId -> {
            InstanceRecords.Stored stored = byMachine.get(machineId);
            return stored != null && records.decode(stored).settings().monitoring();
        };
    }
}
