package io.cloudgate.identity;

import io.cloudgate.identity.store.AccessKeyRecord;

/** A freshly issued key: the only moment its secret is available in the clear to hand to the client. */
public record IssuedKey(AccessKeyRecord record, String secretAccessKey) {
}
