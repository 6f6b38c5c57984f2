package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import java.util.List;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserRequest;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserResponse;

/**
 * The groups a user belongs to. IAM groups are not offered here yet, so every existing user belongs to none;
 * Terraform asks before deleting a user.
 */
public final class ListGroupsForUser implements Operation<ListGroupsForUserRequest, ListGroupsForUserResponse> {
    private final Identities identities;

    public ListGroupsForUser(Identities identities) {
        this.identities = identities;
    }

    @Override
    public ListGroupsForUserResponse handle(ListGroupsForUserRequest request, RequestContext context) {
        IamUsers.require(identities, context.principal().accountId(), request.userName());
        return ListGroupsForUserResponse.builder().groups(List.of()).isTruncated(false).build();
    }
}
