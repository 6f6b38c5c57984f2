package io.cloudgate.identity.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.ServerCertificates;
import io.cloudgate.identity.store.SecretCipher;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.model.DeleteServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.GetServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesRequest;
import software.amazon.awssdk.services.iam.model.ServerCertificateMetadata;
import software.amazon.awssdk.services.iam.model.UpdateServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateRequest;

/**
 * Server certificates through the IAM operations. The fixtures were made with openssl: a root CA signed an
 * intermediate that signed leaf.pem (www.iam.test); its key is given as PKCS#8 and PKCS#1, and encrypted; ec.pem is
 * a self-signed P-256 certificate with a SEC1 key; all are valid until 2126.
 */
class ServerCertificateOperationsTest {
    private static final String ACCOUNT = "123456789012";
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path directory;

    private DocumentStore store;
    private Identities identities;

    private Identities identities() {
        if (identities == null) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            store = MvStoreDocumentStore.open(directory.resolve("store.db"), clock);
            identities = new Identities(store, SecretCipher.fromKeyFile(directory.resolve("master.key")), clock);
        }
        return identities;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void uploadedCertificateIsListedAndReadBackWithoutItsKeyAndTheKeyIsStoredEncrypted() throws IOException {
        ServerCertificateMetadata metadata = upload("web", "/prod/", fixture("leaf.pem"), fixture("intermediate.pem"),
                fixture("leaf-pkcs1.key"));

        assertThat(metadata.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":server-certificate/prod/web");
        assertThat(metadata.serverCertificateId()).startsWith("ASCA");
        assertThat(metadata.uploadDate()).isEqualTo(NOW);
        assertThat(metadata.expiration()).isAfter(Instant.parse("2126-01-01T00:00:00Z"));
        var got = new GetServerCertificate(identities()).handle(GetServerCertificateRequest.builder()
                .serverCertificateName("WEB").build(), context()).serverCertificate();
        assertThat(got.certificateBody()).isEqualTo(fixture("leaf.pem"));
        assertThat(got.certificateChain()).isEqualTo(fixture("intermediate.pem"));
        assertThat(got.serverCertificateMetadata()).isEqualTo(metadata);

        store.close();
        store = null;
        identities = null;
        String stored = new String(Files.readAllBytes(directory.resolve("store.db")), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(body(fixture("leaf-pkcs1.key")).substring(0, 40))
                .doesNotContain(body(fixture("leaf-pkcs8.key")).substring(0, 40));
        ServerCertificates.Material material = identities().serverCertificates().material(ACCOUNT, metadata.arn())
                .orElseThrow();
        assertThat(material.privateKeyPem()).isEqualToIgnoringNewLines(fixture("leaf-pkcs8.key"));
        assertThat(material.chainPem()).isEqualTo(fixture("leaf.pem") + fixture("intermediate.pem"));
    }

    @Test
    void arnsResolveOnlyInTheirOwnAccountAndOnlyExactly() {
        String arn = upload("web", null, fixture("leaf.pem"), null, fixture("leaf-pkcs8.key")).arn();
        ServerCertificates certificates = identities().serverCertificates();

        assertThat(certificates.material(ACCOUNT, arn)).isPresent();
        assertThat(certificates.material("210987654321", arn)).isEmpty();
        assertThat(certificates.material(ACCOUNT, arn.replace(":server-certificate/", ":server-certificate/x/")))
                .isEmpty();
        assertThat(certificates.material(ACCOUNT, "arn:aws:acm:us-east-1:" + ACCOUNT + ":certificate/abc")).isEmpty();
        assertThat(certificates.material(ACCOUNT, null)).isEmpty();
    }

    @Test
    void ecCertificatesWithSec1KeysAreAccepted() {
        String arn = upload("ec", null, fixture("ec.pem"), null, fixture("ec-sec1.key")).arn();

        assertThat(identities().serverCertificates().material(ACCOUNT, arn).orElseThrow().privateKeyPem())
                .startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void badPemsMismatchedKeysBrokenChainsAndExpiredCertificatesAreRefusedAsIamDoes() {
        assertRefused("MalformedCertificate", "Unable to parse certificate",
                "not a certificate", null, fixture("leaf-pkcs8.key"));
        assertRefused("MalformedCertificate", "Unable to parse certificate",
                fixture("leaf.pem") + fixture("intermediate.pem"), null, fixture("leaf-pkcs8.key"));
        assertRefused("MalformedCertificate", "Unable to parse private key",
                fixture("leaf.pem"), null, fixture("leaf-encrypted.key"));
        assertRefused("MalformedCertificate", "Unable to parse private key",
                fixture("leaf.pem"), null, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertRefused("KeyPairMismatch", "does not match", fixture("leaf.pem"), null, fixture("other-pkcs8.key"));
        assertRefused("KeyPairMismatch", "does not match", fixture("leaf.pem"), null, fixture("ec-sec1.key"));
        assertRefused("MalformedCertificate", "The index within the chain of the invalid certificate is: -1",
                fixture("leaf.pem"), fixture("root.pem"), fixture("leaf-pkcs8.key"));
        assertRefused("MalformedCertificate", "The index within the chain of the invalid certificate is: 0",
                fixture("leaf.pem"), fixture("intermediate.pem") + fixture("ec.pem"), fixture("leaf-pkcs8.key"));
        assertThat(upload("ok", null, fixture("leaf.pem"), fixture("intermediate.pem") + fixture("root.pem"),
                fixture("leaf-pkcs8.key")).serverCertificateName()).isEqualTo("ok");

        Clock later = Clock.fixed(Instant.parse("2127-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> new UploadServerCertificate(identities()).handle(request("late", null,
                fixture("leaf.pem"), null, fixture("leaf-pkcs8.key")), new RequestContext("r", principal(), "us-east-1", later)))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("MalformedCertificate"))
                .hasMessageContaining("expired");
    }

    @Test
    void namesAreUniqueRegardlessOfCaseAndTheQuotaIsTwenty() {
        upload("web", null, fixture("leaf.pem"), null, fixture("leaf-pkcs8.key"));
        assertRefused("EntityAlreadyExists", "The Server Certificate with name Web already exists.", "Web",
                fixture("leaf.pem"), null, fixture("leaf-pkcs8.key"));
        for (int i = 1; i < UploadServerCertificate.PER_ACCOUNT; i++) {
            upload("c" + i, null, fixture("ec.pem"), null, fixture("ec-sec1.key"));
        }
        assertRefused("LimitExceeded", "ServerCertificatesPerAccount: 20", "one-more", fixture("ec.pem"), null,
                fixture("ec-sec1.key"));
    }

    @Test
    void listingFiltersByPathPrefixAndPagesInNameOrder() {
        for (String name : new String[] {"c", "a", "b"}) {
            upload(name, "/team/", fixture("ec.pem"), null, fixture("ec-sec1.key"));
        }
        upload("other", "/elsewhere/", fixture("ec.pem"), null, fixture("ec-sec1.key"));
        ListServerCertificates list = new ListServerCertificates(identities());

        var first = list.handle(ListServerCertificatesRequest.builder().pathPrefix("/team/").maxItems(2).build(),
                context());
        assertThat(first.serverCertificateMetadataList()).extracting(ServerCertificateMetadata::serverCertificateName)
                .containsExactly("a", "b");
        assertThat(first.isTruncated()).isTrue();
        var second = list.handle(ListServerCertificatesRequest.builder().pathPrefix("/team/").maxItems(2)
                .marker(first.marker()).build(), context());
        assertThat(second.serverCertificateMetadataList()).extracting(ServerCertificateMetadata::serverCertificateName)
                .containsExactly("c");
        assertThat(second.isTruncated()).isFalse();
        assertThat(list.handle(ListServerCertificatesRequest.builder().build(), context())
                .serverCertificateMetadataList()).hasSize(4);
    }

    @Test
    void aCertificateInUseCannotBeDeletedOrRenamedAndAnUnusedOneCan() {
        String arn = upload("web", null, fixture("leaf.pem"), null, fixture("leaf-pkcs8.key")).arn();
        String balancer = "arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/lb";
        identities().serverCertificates().setInUseCheck((account, certificate) ->
                certificate.equals(arn) ? Optional.of(balancer) : Optional.empty());

        assertThatThrownBy(() -> new DeleteServerCertificate(identities()).handle(
                DeleteServerCertificateRequest.builder().serverCertificateName("web").build(), context()))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("DeleteConflict"))
                .hasMessageContaining("is currently in use by " + balancer);
        assertThatThrownBy(() -> rename("web", "www", null)).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.code()).isEqualTo("DeleteConflict"));

        identities().serverCertificates().setInUseCheck((account, certificate) -> Optional.empty());
        rename("web", "www", "/moved/");
        assertThat(identities().serverCertificates().material(ACCOUNT, arn)).isEmpty();
        assertThat(identities().serverCertificates().material(ACCOUNT,
                "arn:aws:iam::" + ACCOUNT + ":server-certificate/moved/www")).isPresent();
        new DeleteServerCertificate(identities()).handle(
                DeleteServerCertificateRequest.builder().serverCertificateName("www").build(), context());
        assertThatThrownBy(() -> new GetServerCertificate(identities()).handle(GetServerCertificateRequest.builder()
                .serverCertificateName("www").build(), context()))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("NoSuchEntity");
                    assertThat(e.status()).isEqualTo(404);
                });
    }

    private void rename(String name, String newName, String newPath) {
        new UpdateServerCertificate(identities()).handle(UpdateServerCertificateRequest.builder()
                .serverCertificateName(name).newServerCertificateName(newName).newPath(newPath).build(), context());
    }

    private ServerCertificateMetadata upload(String name, String path, String body, String chain, String key) {
        return new UploadServerCertificate(identities()).handle(request(name, path, body, chain, key), context())
                .serverCertificateMetadata();
    }

    private void assertRefused(String code, String message, String body, String chain, String key) {
        assertRefused(code, message, "refused", body, chain, key);
    }

    private void assertRefused(String code, String message, String name, String body, String chain, String key) {
        assertThatThrownBy(() -> upload(name, null, body, chain, key))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.status()).isEqualTo(code.equals("MalformedCertificate")
                            || code.equals("KeyPairMismatch") ? 400 : 409);
                })
                .hasMessageContaining(message);
    }

    private static UploadServerCertificateRequest request(String name, String path, String body, String chain,
                                                          String key) {
        return UploadServerCertificateRequest.builder().serverCertificateName(name).path(path)
                .certificateBody(body).certificateChain(chain).privateKey(key).build();
    }

    private RequestContext context() {
        return new RequestContext("request-1", principal(), "us-east-1", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Principal principal() {
        return new Principal(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT, null, "AKIAEXAMPLE", false);
    }

    /** The base64 body of a PEM, without its armor lines and newlines. */
    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replace("\n", "");
    }

    private static String fixture(String name) {
        try (InputStream in = ServerCertificateOperationsTest.class.getResourceAsStream("certificates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
