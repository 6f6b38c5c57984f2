package io.cloudgate.identity.store;

import java.time.Instant;
import java.util.Map;

/**
 * An IAM server certificate. The private key is stored as unencrypted-PKCS#8 PEM encrypted with the master key
 * (see {@link SecretCipher}); IAM never returns it, only the services that terminate TLS with it read it.
 *
 * @param path       "/" or "/a/b/"
 * @param body       the certificate PEM as uploaded
 * @param chain      the intermediates PEM as uploaded, or null
 * @param expiration the certificate's notAfter
 */
public record ServerCertificateRecord(String accountId, String name, String path, String id, Instant uploadedAt,
                                      Instant expiration, String body, String chain, String encryptedPrivateKey,
                                      Map<String, String> tags) {
    public ServerCertificateRecord {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public String arn() {
        return arn(accountId, path, name);
    }

    public static String arn(String accountId, String path, String name) {
        return "arn:aws:iam::" + accountId + ":server-certificate" + path + name;
    }

    public ServerCertificateRecord renamed(String newName, String newPath) {
        return new ServerCertificateRecord(accountId, newName, newPath, id, uploadedAt, expiration, body, chain,
                encryptedPrivateKey, tags);
    }
}
