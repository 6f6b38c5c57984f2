package io.cloudgate.identity.store;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Server certificates of each account; names are unique per account regardless of case, as in IAM. */
public final class ServerCertificateRepository {
    private final TypedTable<ServerCertificateRecord> certificates;

    public ServerCertificateRepository(DocumentStore store) {
        this.certificates = new TypedTable<>(store.table("server-certificates"), ServerCertificateRecord.class);
    }

    /** Returns false when a certificate of that name exists. */
    public boolean create(ServerCertificateRecord certificate) {
        return certificates.putIfAbsent(certificate.accountId(), key(certificate.name()), certificate, null);
    }

    /** Overwrites the certificate of the same name (names differing in case only are the same). */
    public void replace(ServerCertificateRecord certificate) {
        certificates.put(certificate.accountId(), key(certificate.name()), certificate);
    }

    public Optional<ServerCertificateRecord> find(String accountId, String name) {
        return certificates.get(accountId, key(name));
    }

    /** In name order (case-insensitive). */
    public List<ServerCertificateRecord> list(String accountId) {
        return certificates.scan(accountId, null, Integer.MAX_VALUE);
    }

    public boolean delete(String accountId, String name) {
        return certificates.delete(accountId, key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
