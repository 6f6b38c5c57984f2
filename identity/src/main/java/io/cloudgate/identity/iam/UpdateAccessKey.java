package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.AccessKeyRecord;
import software.amazon.awssdk.services.iam.model.UpdateAccessKeyRequest;
import software.amazon.awssdk.services.iam.model.UpdateAccessKeyResponse;

/** Activates or deactivates a key; an inactive key no longer signs requests. */
public final class UpdateAccessKey implements Operation<UpdateAccessKeyRequest, UpdateAccessKeyResponse> {
    private final Identities identities;

    public UpdateAccessKey(Identities identities) {
        this.identities = identities;
    }

    @Override
    public UpdateAccessKeyResponse handle(UpdateAccessKeyRequest request, RequestContext context) {
        String status = Validation.required(request.statusAsString(), "status");
        if (!status.equals("Active") && !status.equals("Inactive")) {
            throw AwsException.validation("1 validation error detected: Value '" + status
                    + "' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]");
        }
        AccessKeyRecord key = OwnedKeys.require(identities, context.principal(), request.userName(),
                request.accessKeyId());
        identities.keys().update(key.withStatus(status));
        return UpdateAccessKeyResponse.builder().build();
    }
}
