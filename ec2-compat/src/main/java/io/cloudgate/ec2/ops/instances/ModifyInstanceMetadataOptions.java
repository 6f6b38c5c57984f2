package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.ops.instances.InstanceRecord.MetadataSettings;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsResponse;

/**
 * Changes the metadata service options (IMDSv2 "required" tokens, hop limit, endpoint, tags). The answer
 * says "pending" as EC2's does; DescribeInstances shows them "applied".
 */
final class ModifyInstanceMetadataOptions
        implements Operation<ModifyInstanceMetadataOptionsRequest, ModifyInstanceMetadataOptionsResponse> {
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    ModifyInstanceMetadataOptions(InstanceLookup lookup, InstanceRecords records) {
        this.lookup = lookup;
        this.records = records;
    }

    @Override
    public ModifyInstanceMetadataOptionsResponse handle(ModifyInstanceMetadataOptionsRequest request,
                                                        RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        InstanceView view = lookup.require(account, request.instanceId());
        MetadataSettings checked = change(view.record().metadata(), request);
        DryRun.check(request.dryRun());
        InstanceRecord updated = records.update(account, view.record(),
                record -> record.withMetadata(change(record.metadata(), request)));
        return ModifyInstanceMetadataOptionsResponse.builder()
                .instanceId(view.instanceId())
                .instanceMetadataOptions(InstanceRenderer.metadataOptions(updated.metadata()).toBuilder()
                        .state(checked.equals(view.record().metadata()) ? "applied" : "pending").build())
                .build();
    }

    private static MetadataSettings change(MetadataSettings current, ModifyInstanceMetadataOptionsRequest request) {
        return LaunchOptions.metadata(current, request.httpTokensAsString(), request.httpPutResponseHopLimit(),
                request.httpEndpointAsString(), request.httpProtocolIpv6AsString(),
                request.instanceMetadataTagsAsString());
    }
}
