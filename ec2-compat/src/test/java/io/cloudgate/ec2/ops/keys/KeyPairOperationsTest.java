package io.cloudgate.ec2.ops.keys;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** CreateKeyPair: real keys in EC2's formats, with EC2's fingerprints. */
class KeyPairOperationsTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final KeyPairCalls calls = new KeyPairCalls(bed);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void rsaKeyIsPkcs1PemWithSha1FingerprintOfItsPkcs8Form() throws Exception {
        CreateKeyPairResponse created = calls.create(bed.tenant(), request -> request.keyName("deployer"));

        assertThat(created.keyMaterial()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");
        byte[] pkcs8 = KeyFiles.pkcs8OfPkcs1(KeyFiles.pemBody(created.keyMaterial(), "RSA PRIVATE KEY"));
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFiles.rsaPrivate(pkcs8);
        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
        assertThat(created.keyFingerprint()).isEqualTo(KeyFiles.colonHex("SHA-1", pkcs8)).hasSize(59);
        assertThat(created.keyPairId()).matches("key-[0-9a-f]{17}");
        KeyPairInfo described = calls.describeOne(bed.tenant(), "deployer");
        assertThat(described.keyFingerprint()).isEqualTo(created.keyFingerprint());
        assertThat(described.keyTypeAsString()).isEqualTo("rsa");
        assertThat(described.keyPairId()).isEqualTo(created.keyPairId());
        assertThat(described.createTime()).isEqualTo(bed.clock.instant());
        assertThat(KeyFiles.rsaModulus(KeyFiles.publicBlob(described.publicKey()))).isEqualTo(key.getModulus());
    }

    @Test
    void rsaFingerprintIsWhatTheUserGuideRecipeComputes() throws Exception {
        assumeTrue(LocalTools.has("openssl"), "openssl is not installed");
        CreateKeyPairResponse created = calls.create(bed.tenant(), request -> request.keyName("checked"));
        Path key = LocalTools.privateFile(dir, "checked.pem", created.keyMaterial());

        String output = LocalTools.shell("openssl pkcs8 -in " + key + " -inform PEM -outform DER -topk8 -nocrypt"
                + " | openssl sha1 -c");

        assertThat(output.trim()).endsWith(created.keyFingerprint());
    }

    @Test
    void ed25519KeyIsAnOpenSshKeyFileWhoseHalvesMatch() throws Exception {
        CreateKeyPairResponse created = calls.create(bed.tenant(),
                request -> request.keyName("modern").keyType("ed25519"));

        KeyFiles.OpenSshEd25519 file = KeyFiles.openSshEd25519(created.keyMaterial());
        assertThat(KeyFiles.ed25519Matches(file.seed(), file.publicKey())).isTrue();
        assertThat(file.comment()).isEqualTo("modern");
        assertThat(created.keyFingerprint()).isEqualTo(KeyFiles.base64Sha256(file.publicBlob())).endsWith("=");
        KeyPairInfo described = calls.describeOne(bed.tenant(), "modern");
        assertThat(described.keyTypeAsString()).isEqualTo("ed25519");
        assertThat(KeyFiles.publicBlob(described.publicKey())).isEqualTo(file.publicBlob());
    }

    @Test
    void sshKeygenReadsTheEd25519KeyAndAgreesOnItsFingerprint() throws Exception {
        assumeTrue(LocalTools.has("ssh-keygen"), "ssh-keygen is not installed");
        CreateKeyPairResponse created = calls.create(bed.tenant(),
                request -> request.keyName("ssh-checked").keyType("ed25519"));
        Path key = LocalTools.privateFile(dir, "ssh-checked", created.keyMaterial());

        String publicKey = LocalTools.shell("ssh-keygen -y -f " + key).trim();
        String fingerprint = LocalTools.shell("ssh-keygen -l -E sha256 -f " + key);

        assertThat(KeyFiles.publicBlob(publicKey))
                .isEqualTo(KeyFiles.publicBlob(calls.describeOne(bed.tenant(), "ssh-checked").publicKey()));
        // ssh-keygen leaves out the base64 padding EC2 keeps.
        assertThat(fingerprint).contains("SHA256:" + created.keyFingerprint().replace("=", "") + " ");
    }

    @Test
    void ppkFormatCarriesTheKeyWithAValidMac() {
        CreateKeyPairResponse created = calls.create(bed.tenant(),
                request -> request.keyName("putty").keyFormat("ppk"));

        String[] lines = created.keyMaterial().split("\n");
        assertThat(lines[0]).isEqualTo("PuTTY-User-Key-File-2: ssh-rsa");
        assertThat(lines[1]).isEqualTo("Encryption: none");
        assertThat(lines[2]).isEqualTo("Comment: putty");
        int publicLines = Integer.parseInt(lines[3].substring("Public-Lines: ".length()));
        byte[] publicBlob = Base64.getDecoder().decode(String.join("", Arrays.copyOfRange(lines, 4,
                4 + publicLines)));
        int privateLines = Integer.parseInt(lines[4 + publicLines].substring("Private-Lines: ".length()));
        byte[] privateBlob = Base64.getDecoder().decode(String.join("", Arrays.copyOfRange(lines,
                5 + publicLines, 5 + publicLines + privateLines)));
        byte[] macData = new SshWire.Writer().string("ssh-rsa").string("none").string("putty").string(publicBlob)
                .string(privateBlob).toBytes();
        assertThat(lines[5 + publicLines + privateLines])
                .isEqualTo("Private-MAC: " + HexFormat.of().formatHex(PrivateKeyFiles.ppkMac(macData)));
        assertThat(publicBlob).isEqualTo(KeyFiles.publicBlob(calls.describeOne(bed.tenant(), "putty").publicKey()));
    }

    @Test
    void namesAreUniquePerAccountAndTypesAreChecked() {
        calls.create(bed.tenant(), request -> request.keyName("shared-name"));

        String message = errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("shared-name")),
                "InvalidKeyPair.Duplicate");
        assertThat(message).isEqualTo("The keypair 'shared-name' already exists.");
        assertThat(calls.create(bed.other(), request -> request.keyName("shared-name")).keyName())
                .isEqualTo("shared-name");
        errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("dsa").keyType("dsa")),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("x").keyFormat("der")),
                "InvalidParameterValue");
        errorCode(() -> calls.create(bed.tenant(), request -> { }), "MissingParameter");
        errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("clé")), "InvalidParameterValue");
    }

    @Test
    void dryRunCreatesNothing() {
        errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("dry").dryRun(true)), "DryRunOperation");

        assertThat(calls.describe(bed.tenant(), request -> { }).keyPairs()).isEmpty();
    }

    @Test
    void tagsOnCreateAreReturnedAndDescribed() {
        CreateKeyPairResponse created = calls.create(bed.tenant(), request -> request.keyName("tagged")
                .tagSpecifications(spec -> spec.resourceType("key-pair").tags(tag -> tag.key("Env").value("prod"))));

        assertThat(created.tags()).extracting(tag -> tag.key() + "=" + tag.value()).containsExactly("Env=prod");
        assertThat(calls.describeOne(bed.tenant(), "tagged").tags()).isEqualTo(created.tags());
        errorCode(() -> calls.create(bed.tenant(), request -> request.keyName("wrong-type")
                .tagSpecifications(spec -> spec.resourceType("instance").tags(tag -> tag.key("a").value("b")))),
                "InvalidParameterValue");
    }
}
