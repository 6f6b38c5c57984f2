package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.ops.instances.InstanceRecord.Settings;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ModifyPrivateDnsNameOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyPrivateDnsNameOptionsResponse;

/** The instance's private hostname type (IP name or resource name); the type changes only while stopped. */
final class ModifyPrivateDnsNameOptions
        implements Operation<ModifyPrivateDnsNameOptionsRequest, ModifyPrivateDnsNameOptionsResponse> {
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    ModifyPrivateDnsNameOptions(InstanceLookup lookup, InstanceRecords records) {
        this.lookup = lookup;
        this.records = records;
    }

    @Override
    public ModifyPrivateDnsNameOptionsResponse handle(ModifyPrivateDnsNameOptionsRequest request,
                                                      RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        String type = request.privateDnsHostnameTypeAsString();
        if (type != null && !Set.of("ip-name", "resource-name").contains(type)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + type
                    + ") for parameter privateDnsHostnameType is invalid.");
        }
        InstanceView view = lookup.require(account, request.instanceId());
        Settings current = view.record().settings();
        if (type != null && !type.equals(current.hostnameType()) && view.state() != MachineState.STOPPED) {
            throw StateChanges.incorrectState("The instance '" + view.instanceId() + "' is not in the 'stopped' state.");
        }
        DryRun.check(request.dryRun());
        records.update(account, view.record(), record -> {
            Settings settings = record.settings();
            return record.withSettings(settings.withDnsNameOptions(
                    type == null ? settings.hostnameType() : type,
                    request.enableResourceNameDnsARecord() == null ? settings.dnsARecord()
                            : request.enableResourceNameDnsARecord(),
                    request.enableResourceNameDnsAAAARecord() == null ? settings.dnsAaaaRecord()
                            : request.enableResourceNameDnsAAAARecord()));
        });
        return ModifyPrivateDnsNameOptionsResponse.builder().returnValue(true).build();
    }
}
