package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.AccessKeyRecord;
import java.util.Objects;

/** Finds a long-term key that belongs to the given user (or the caller) of the caller's account. */
final class OwnedKeys {
    private OwnedKeys() {
    }

    static AccessKeyRecord require(Identities identities, Principal caller, String requestedUser, String accessKeyId) {
        Validation.required(accessKeyId, "accessKeyId");
        String userName = IamUsers.targetUserName(identities, caller, requestedUser);
        return identities.keys().find(accessKeyId)
                .filter(key -> key.expiresAt() == null)
                .filter(key -> key.accountId().equals(caller.accountId()))
                .filter(key -> Objects.equals(normalize(key.userName()), normalize(userName)))
                .orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                        "The Access Key with id " + accessKeyId + " cannot be found."));
    }

    private static String normalize(String userName) {
        return userName == null ? null : userName.toLowerCase(java.util.Locale.ROOT);
    }
}
