package io.cloudgate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.identity.store.AccountRecord;
import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.identity.store.UserRecord;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentitiesTest {
    @TempDir
    Path directory;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void secretsAreNotStoredInTheClearAndSurviveARestart() throws Exception {
        Path database = directory.resolve("identities.db");
        SecretCipher cipher = SecretCipher.fromKeyFile(directory.resolve("keys/master.key"));
        IssuedKey key;
        try (DocumentStore store = MvStoreDocumentStore.open(database, clock)) {
            Identities identities = new Identities(store, cipher, clock);
            AccountRecord account = identities.accounts().create("tenant");
            key = identities.issueKey(account.accountId(), null);
        }
        String onDisk = new String(Files.readAllBytes(database), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).contains(key.record().accessKeyId()).doesNotContain(key.secretAccessKey());

        try (DocumentStore store = MvStoreDocumentStore.open(database, clock)) {
            Identities reopened = new Identities(store,
                    SecretCipher.fromKeyFile(directory.resolve("keys/master.key")), clock);
            Caller caller = reopened.resolve(key.record().accessKeyId()).orElseThrow();
            assertThat(caller.secretAccessKey()).isEqualTo(key.secretAccessKey());
            assertThat(caller.principal().isRoot()).isTrue();
        }
    }

    @Test
    void temporaryKeysExpireAndInactiveOrOrphanedKeysDoNotResolve() {
        try (DocumentStore store = MvStoreDocumentStore.inMemory(clock)) {
            Identities identities = new Identities(store,
                    SecretCipher.fromKeyFile(directory.resolve("master.key")), clock);
            String account = identities.accounts().create("tenant").accountId();
            identities.users().create(new UserRecord(account, "bob", "AIDAEXAMPLE", "/", clock.instant(), Map.of()));

            IssuedKey session = identities.issueTemporaryKey(account, "bob", Duration.ofMinutes(15), null, null);
            assertThat(identities.resolve(session.record().accessKeyId())).hasValueSatisfying(caller -> {
                assertThat(caller.principal().arn()).isEqualTo("arn:aws:iam::" + account + ":user/bob");
                assertThat(caller.principal().temporary()).isTrue();
                assertThat(caller.key().sessionToken()).isNotBlank();
            });
            now.set(now.get().plus(Duration.ofMinutes(16)));
            assertThat(identities.resolve(session.record().accessKeyId())).isEmpty();

            IssuedKey bobKey = identities.issueKey(account, "bob");
            identities.keys().update(bobKey.record().withStatus("Inactive"));
            assertThat(identities.resolve(bobKey.record().accessKeyId())).isEmpty();
            identities.keys().update(bobKey.record());
            assertThat(identities.resolve(bobKey.record().accessKeyId())).isPresent();
            identities.users().delete(account, "bob");
            assertThat(identities.resolve(bobKey.record().accessKeyId())).isEmpty();
        }
    }

    @Test
    void adminAccountIsCreatedOnceOnly() {
        try (DocumentStore store = MvStoreDocumentStore.inMemory(clock)) {
            Identities identities = new Identities(store,
                    SecretCipher.fromKeyFile(directory.resolve("master.key")), clock);
            IssuedKey first = AdminBootstrap.ensureAdmin(identities).orElseThrow();
            assertThat(AdminBootstrap.ensureAdmin(identities)).isEmpty();
            assertThat(identities.accounts().adminAccount()).hasValueSatisfying(
                    admin -> assertThat(admin.accountId()).isEqualTo(first.record().accountId()));
            assertThat(identities.accounts().list()).hasSize(1);
        }
    }
}
