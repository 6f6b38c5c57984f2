package io.cloudgate.compute.embedded;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Public keys of an account, keyed by name. */
final class EmbeddedKeyPairs implements KeyPairs {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final Clock clock;

    EmbeddedKeyPairs(ComputeTables tables, AccountLocks locks, Clock clock) {
        this.tables = tables;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public KeyPair register(String account, String name, String publicKey) {
        if (name == null || name.isBlank() || publicKey == null || publicKey.isBlank()) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "A key pair needs a name and a public key");
        }
        KeyPair key = new KeyPair(ComputeTables.newId(), account, name, publicKey, clock.instant());
        return locks.inAccount(account, () -> {
            if (!tables.keyPairs.putIfAbsent(account, name, key)) {
                throw new ComputeException(Kind.ALREADY_EXISTS, "The key pair '" + name + "' already exists");
            }
            return key;
        });
    }

    @Override
    public List<KeyPair> list(String account) {
        return tables.keyPairs.all(account);
    }

    Optional<KeyPair> find(String account, String name) {
        return name == null ? Optional.empty() : tables.keyPairs.get(account, name);
    }

    /** Throws NOT_FOUND when the account has no key of that name. */
    @Override
    public void delete(String account, String name) {
        locks.inAccount(account, () -> {
            if (name == null || !tables.keyPairs.delete(account, name)) {
                throw ComputeException.notFound("Key pair " + name);
            }
        });
    }
}
