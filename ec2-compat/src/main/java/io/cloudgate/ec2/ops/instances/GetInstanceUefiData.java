package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.ec2.model.GetInstanceUefiDataRequest;
import software.amazon.awssdk.services.ec2.model.GetInstanceUefiDataResponse;

/**
 * The UEFI variable store of an instance. Machines here boot legacy BIOS, so an existing instance has none
 * (no UefiData in the answer). Terraform asks with image ids when reading AMIs and ignores the error.
 */
final class GetInstanceUefiData implements Operation<GetInstanceUefiDataRequest, GetInstanceUefiDataResponse> {
    private final InstanceLookup lookup;

    GetInstanceUefiData(InstanceLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public GetInstanceUefiDataResponse handle(GetInstanceUefiDataRequest request, RequestContext requestContext) {
        if (request.instanceId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter InstanceId");
        }
        InstanceView view = lookup.require(requestContext.principal().accountId(), request.instanceId());
        return GetInstanceUefiDataResponse.builder().instanceId(view.instanceId()).build();
    }
}
