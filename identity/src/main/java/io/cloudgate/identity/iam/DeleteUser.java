package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.UserRecord;
import software.amazon.awssdk.services.iam.model.DeleteUserRequest;
import software.amazon.awssdk.services.iam.model.DeleteUserResponse;

public final class DeleteUser implements Operation<DeleteUserRequest, DeleteUserResponse> {
    private final Identities identities;

    public DeleteUser(Identities identities) {
        this.identities = identities;
    }

    @Override
    public DeleteUserResponse handle(DeleteUserRequest request, RequestContext context) {
        UserRecord user = IamUsers.require(identities, context.principal().accountId(), request.userName());
        if (!identities.keys().listFor(user.accountId(), user.userName()).isEmpty()) {
            throw AwsException.conflict("DeleteConflict", "Cannot delete entity, must delete access keys first.");
        }
        identities.users().delete(user.accountId(), user.userName());
        return DeleteUserResponse.builder().build();
    }
}
