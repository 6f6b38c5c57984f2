package io.cloudgate.identity.sts;

import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

public final class GetCallerIdentity implements Operation<GetCallerIdentityRequest, GetCallerIdentityResponse> {
    @Override
    public GetCallerIdentityResponse handle(GetCallerIdentityRequest request, RequestContext context) {
        Principal caller = context.principal();
        return GetCallerIdentityResponse.builder()
                .account(caller.accountId())
                .arn(caller.arn())
                .userId(caller.userId())
                .build();
    }
}
