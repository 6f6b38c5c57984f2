package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesResponse;

/** Turns detailed monitoring on. */
final class MonitorInstances implements Operation<MonitorInstancesRequest, MonitorInstancesResponse> {
    private final MonitoringSwitch monitoring;

    MonitorInstances(MonitoringSwitch monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public MonitorInstancesResponse handle(MonitorInstancesRequest request, RequestContext context) {
        return MonitorInstancesResponse.builder()
                .instanceMonitorings(monitoring.set(context.principal().accountId(), request.instanceIds(),
                        request.dryRun(), true))
                .build();
    }
}
