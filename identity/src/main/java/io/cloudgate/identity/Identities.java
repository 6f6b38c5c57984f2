package io.cloudgate.identity;

import io.cloudgate.api.Principal;
import io.cloudgate.identity.store.AccessKeyRecord;
import io.cloudgate.identity.store.AccessKeyRepository;
import io.cloudgate.identity.store.AccountRepository;
import io.cloudgate.identity.store.Ids;
import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.identity.store.UserRepository;
import io.cloudgate.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Accounts, users, keys and server certificates together: issues keys and resolves a key id to its caller. */
public final class Identities {
    private final AccountRepository accounts;
    private final UserRepository users;
    private final AccessKeyRepository keys;
    private final ServerCertificates serverCertificates;
    private final SecretCipher cipher;
    private final Clock clock;

    public Identities(DocumentStore store, SecretCipher cipher, Clock clock) {
        this.accounts = new AccountRepository(store, clock);
        this.users = new UserRepository(store);
        this.keys = new AccessKeyRepository(store, clock);
        this.serverCertificates = new ServerCertificates(store, cipher);
        this.cipher = cipher;
        this.clock = clock;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public UserRepository users() {
        return users;
    }

    public AccessKeyRepository keys() {
        return keys;
    }

    public ServerCertificates serverCertificates() {
        return serverCertificates;
    }

    public Clock clock() {
        return clock;
    }

    /** A long-term key of a user, or of the account root when userName is null. */
    public IssuedKey issueKey(String accountId, String userName) {
        String secret = Ids.secretAccessKey();
        AccessKeyRecord record = new AccessKeyRecord(Ids.prefixed("AKIA"), accountId, userName,
                AccessKeyRecord.ACTIVE, clock.instant(), cipher.encrypt(secret), null, null, null, null);
        keys.create(record);
        return new IssuedKey(record, secret);
    }

    /** A temporary key with a session token, acting as the given user/root, or as an assumed role when roleArn is set. */
    public IssuedKey issueTemporaryKey(String accountId, String userName, Duration lifetime, String roleArn,
                                       String roleSessionName) {
        String secret = Ids.secretAccessKey();
        AccessKeyRecord record = new AccessKeyRecord(Ids.prefixed("ASIA"), accountId, userName,
                AccessKeyRecord.ACTIVE, clock.instant(), cipher.encrypt(secret), Ids.sessionToken(),
                clock.instant().plus(lifetime), roleArn, roleSessionName);
        keys.create(record);
        return new IssuedKey(record, secret);
    }

    /** The caller behind an active key whose owner still exists. */
    public Optional<Caller> resolve(String accessKeyId) {
        return keys.find(accessKeyId)
                .filter(AccessKeyRecord::active)
                .flatMap(key -> principalOf(key).map(p -> new Caller(key, cipher.decrypt(key.encryptedSecret()), p)));
    }

    private Optional<Principal> principalOf(AccessKeyRecord key) {
        String account = key.accountId();
        boolean temporary = key.sessionToken() != null;
        if (key.roleArn() != null) {
            String roleName = key.roleArn().substring(key.roleArn().lastIndexOf('/') + 1);
            String arn = "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + key.roleSessionName();
            return Optional.of(new Principal(account, arn, roleId(key.roleArn()) + ":" + key.roleSessionName(),
                    null, key.accessKeyId(), temporary));
        }
        if (key.userName() == null) {
            return accounts.find(account).map(a -> new Principal(account, "arn:aws:iam::" + account + ":root",
                    account, null, key.accessKeyId(), temporary));
        }
        return users.find(account, key.userName()).map(user -> new Principal(account, user.arn(), user.userId(),
                user.userName(), key.accessKeyId(), temporary));
    }

    /** A stable AROA-style id for a role ARN (roles themselves are not stored). */
    public static String roleId(String roleArn) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(roleArn.getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder("AROA");
            for (int i = 0; i < 16; i++) {
                id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt((digest[i] & 0xff) % 32));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
