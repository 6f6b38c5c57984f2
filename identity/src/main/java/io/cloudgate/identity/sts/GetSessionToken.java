package io.cloudgate.identity.sts;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import java.time.Duration;
import software.amazon.awssdk.services.sts.model.GetSessionTokenRequest;
import software.amazon.awssdk.services.sts.model.GetSessionTokenResponse;

/** Temporary credentials for the caller; as in AWS, the root may ask for at most one hour. */
public final class GetSessionToken implements Operation<GetSessionTokenRequest, GetSessionTokenResponse> {
    private final Identities identities;

    public GetSessionToken(Identities identities) {
        this.identities = identities;
    }

    @Override
    public GetSessionTokenResponse handle(GetSessionTokenRequest request, RequestContext context) {
        Principal caller = context.principal();
        if (caller.temporary()) {
            throw AwsException.forbidden("AccessDenied", "Cannot call GetSessionToken with session credentials");
        }
        int seconds = Validation.range(request.durationSeconds(), "durationSeconds", 900,
                caller.isRoot() ? 3600 : 129600, caller.isRoot() ? 3600 : 43200);
        var key = identities.issueTemporaryKey(caller.accountId(), caller.userName(), Duration.ofSeconds(seconds),
                null, null);
        return GetSessionTokenResponse.builder().credentials(TemporaryCredentials.of(key)).build();
    }
}
