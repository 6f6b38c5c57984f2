package io.cloudgate.ec2.ops.instances;

import io.cloudgate.ec2.core.DryRun;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.InstanceMonitoring;
import software.amazon.awssdk.services.ec2.model.Monitoring;

/**
 * Detailed monitoring on or off for instances. The answer shows the transition ("pending", "disabling");
 * DescribeInstances shows where it ends ("enabled", "disabled").
 */
final class MonitoringSwitch {
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    MonitoringSwitch(InstanceLookup lookup, InstanceRecords records) {
        this.lookup = lookup;
        this.records = records;
    }

    List<InstanceMonitoring> set(String account, List<String> instanceIds, Boolean dryRun, boolean enabled) {
        List<InstanceView> views = lookup.require(account, StateChanges.requireIds(instanceIds));
        DryRun.check(dryRun);
        return views.stream().map(view -> {
            records.update(account, view.record(), record -> record.withSettings(
                    record.settings().withMonitoring(enabled)));
            return InstanceMonitoring.builder()
                    .instanceId(view.instanceId())
                    .monitoring(Monitoring.builder().state(enabled ? "pending" : "disabling").build())
                    .build();
        }).toList();
    }
}
