package io.cloudgate.identity;

import io.cloudgate.api.Principal;
import io.cloudgate.identity.store.AccessKeyRecord;

/** An active access key resolved for signature verification, with the principal it stands for. */
public record Caller(AccessKeyRecord key, String secretAccessKey, Principal principal) {
}
