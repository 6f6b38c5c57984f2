package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import software.amazon.awssdk.services.iam.model.GetUserRequest;
import software.amazon.awssdk.services.iam.model.GetUserResponse;
import software.amazon.awssdk.services.iam.model.User;

/** The named user, or without a name the caller itself (the root is reported as AWS does: its ARN and account id). */
public final class GetUser implements Operation<GetUserRequest, GetUserResponse> {
    private final Identities identities;

    public GetUser(Identities identities) {
        this.identities = identities;
    }

    @Override
    public GetUserResponse handle(GetUserRequest request, RequestContext context) {
        Principal caller = context.principal();
        String name = request.userName() != null ? request.userName() : caller.userName();
        if (name == null) {
            return GetUserResponse.builder()
                    .user(User.builder().userId(caller.accountId()).arn(caller.arn()).path("/")
                            .createDate(identities.accounts().find(caller.accountId()).orElseThrow().createdAt())
                            .build())
                    .build();
        }
        return GetUserResponse.builder()
                .user(IamUsers.toUser(IamUsers.require(identities, caller.accountId(), name)))
                .build();
    }
}
