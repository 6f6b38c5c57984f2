package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.IssuedKey;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyRequest;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyResponse;

/** A new key for the named user, or for the caller; at most two per user, as in IAM. */
public final class CreateAccessKey implements Operation<CreateAccessKeyRequest, CreateAccessKeyResponse> {
    static final int KEYS_PER_USER = 2;

    private final Identities identities;

    public CreateAccessKey(Identities identities) {
        this.identities = identities;
    }

    @Override
    public CreateAccessKeyResponse handle(CreateAccessKeyRequest request, RequestContext context) {
        Principal caller = context.principal();
        String userName = IamUsers.targetUserName(identities, caller, request.userName());
        if (identities.keys().listFor(caller.accountId(), userName).size() >= KEYS_PER_USER) {
            throw AwsException.conflict("LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: " + KEYS_PER_USER);
        }
        IssuedKey key = identities.issueKey(caller.accountId(), userName);
        return CreateAccessKeyResponse.builder()
                .accessKey(AccessKey.builder()
                        .userName(userName)
                        .accessKeyId(key.record().accessKeyId())
                        .status(key.record().status())
                        .secretAccessKey(key.secretAccessKey())
                        .createDate(key.record().createdAt())
                        .build())
                .build();
    }
}
