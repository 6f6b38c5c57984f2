package io.cloudgate.identity;

import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.identity.store.ServerCertificateRecord;
import io.cloudgate.identity.store.ServerCertificateRepository;
import io.cloudgate.store.DocumentStore;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM server certificates as the services that terminate TLS see them: resolved by ARN within the caller's
 * account, with the private key decrypted. Those services tell IAM which certificates they use, so that IAM
 * refuses to delete or rename one in use.
 */
public final class ServerCertificates {
    private static final Pattern ARN = Pattern.compile("arn:aws:iam::(\\d{12}):server-certificate(/(?:.*/)?)([^/]+)");

    /** What uses a certificate: the ARN of a resource terminating TLS with it (e.g. a load balancer), if any. */
    @FunctionalInterface
    public interface InUseCheck {
        Optional<String> user(String accountId, String certificateArn);
    }

    /**
     * @param chainPem      the certificate followed by its chain (the uploaded chain, if any)
     * @param privateKeyPem the private key, unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY")
     */
    public record Material(String chainPem, String privateKeyPem) {
        @Override
        public String toString() {
            return "Material[chainPem=" + chainPem.length() + " chars, privateKeyPem=(hidden)]";
        }
    }

    private final ServerCertificateRepository repository;
    private final SecretCipher cipher;
    private volatile InUseCheck inUse = (accountId, arn) -> Optional.empty();

    ServerCertificates(DocumentStore store, SecretCipher cipher) {
        this.repository = new ServerCertificateRepository(store);
        this.cipher = cipher;
    }

    public ServerCertificateRepository repository() {
        return repository;
    }

    public String encryptPrivateKey(String pkcs8Pem) {
        return cipher.encrypt(pkcs8Pem);
    }

    /** Set once at start, by whatever wires the services that use certificates. */
    public void setInUseCheck(InUseCheck check) {
        this.inUse = check;
    }

    /** The ARN of a resource using the certificate, if one does. */
    public Optional<String> user(ServerCertificateRecord certificate) {
        return inUse.user(certificate.accountId(), certificate.arn());
    }

    /** The account's certificate with exactly this ARN; empty for other accounts' ARNs and for non-IAM ARNs. */
    public Optional<ServerCertificateRecord> findByArn(String accountId, String arn) {
        Matcher matcher = arn == null ? null : ARN.matcher(arn);
        if (matcher == null || !matcher.matches() || !matcher.group(1).equals(accountId)) {
            return Optional.empty();
        }
        return repository.find(accountId, matcher.group(3)).filter(found -> found.arn().equals(arn));
    }

    /** What a TLS listener needs of the account's certificate with this ARN. */
    public Optional<Material> material(String accountId, String arn) {
        return findByArn(accountId, arn).map(found -> new Material(
                found.chain() == null ? withNewline(found.body()) : withNewline(found.body()) + withNewline(found.chain()),
                cipher.decrypt(found.encryptedPrivateKey())));
    }

    private static String withNewline(String pem) {
        return pem.endsWith("\n") ? pem : pem + "\n";
    }
}
