package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.ec2.model.UnmonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.UnmonitorInstancesResponse;

/** Turns detailed monitoring off. */
final class UnmonitorInstances implements Operation<UnmonitorInstancesRequest, UnmonitorInstancesResponse> {
    private final MonitoringSwitch monitoring;

    UnmonitorInstances(MonitoringSwitch monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public UnmonitorInstancesResponse handle(UnmonitorInstancesRequest request, RequestContext context) {
        return UnmonitorInstancesResponse.builder()
                .instanceMonitorings(monitoring.set(context.principal().accountId(), request.instanceIds(),
                        request.dryRun(), false))
                .build();
    }
}
