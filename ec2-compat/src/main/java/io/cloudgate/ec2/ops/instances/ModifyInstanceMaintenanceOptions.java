package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMaintenanceOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMaintenanceOptionsResponse;

/** Turns simplified automatic recovery on ("default") or off ("disabled"). */
final class ModifyInstanceMaintenanceOptions
        implements Operation<ModifyInstanceMaintenanceOptionsRequest, ModifyInstanceMaintenanceOptionsResponse> {
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    ModifyInstanceMaintenanceOptions(InstanceLookup lookup, InstanceRecords records) {
        this.lookup = lookup;
        this.records = records;
    }

    @Override
    public ModifyInstanceMaintenanceOptionsResponse handle(ModifyInstanceMaintenanceOptionsRequest request,
                                                           RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        String autoRecovery = request.autoRecoveryAsString();
        if (autoRecovery != null && !Set.of("default", "disabled").contains(autoRecovery)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + autoRecovery
                    + ") for parameter autoRecovery is invalid. Valid values are default and disabled.");
        }
        InstanceView view = lookup.require(account, request.instanceId());
        DryRun.check(request.dryRun());
        InstanceRecord updated = autoRecovery == null ? view.record() : records.update(account, view.record(),
                record -> record.withSettings(record.settings().withAutoRecovery(autoRecovery)));
        return ModifyInstanceMaintenanceOptionsResponse.builder()
                .instanceId(view.instanceId())
                .autoRecovery(updated.settings().autoRecovery())
                .rebootMigration("default")
                .build();
    }
}
