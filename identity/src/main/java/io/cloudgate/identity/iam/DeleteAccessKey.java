package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import software.amazon.awssdk.services.iam.model.DeleteAccessKeyRequest;
import software.amazon.awssdk.services.iam.model.DeleteAccessKeyResponse;

public final class DeleteAccessKey implements Operation<DeleteAccessKeyRequest, DeleteAccessKeyResponse> {
    private final Identities identities;

    public DeleteAccessKey(Identities identities) {
        this.identities = identities;
    }

    @Override
    public DeleteAccessKeyResponse handle(DeleteAccessKeyRequest request, RequestContext context) {
        identities.keys().delete(OwnedKeys.require(identities, context.principal(), request.userName(),
                request.accessKeyId()));
        return DeleteAccessKeyResponse.builder().build();
    }
}
