package io.cloudgate.identity;

import io.cloudgate.identity.store.AccountRecord;
import java.util.Optional;

/** Creates the administrator account and its first root key on the first start. */
public final class AdminBootstrap {
    private AdminBootstrap() {
    }

    /** The key issued on this start, or empty when the administrator account already existed. */
    public static Optional<IssuedKey> ensureAdmin(Identities identities) {
        if (identities.accounts().adminAccount().isPresent()) {
            return Optional.empty();
        }
        AccountRecord admin = identities.accounts().create("admin");
        if (!identities.accounts().markAdmin(admin)) {
            return Optional.empty();
        }
        return Optional.of(identities.issueKey(admin.accountId(), null));
    }
}
