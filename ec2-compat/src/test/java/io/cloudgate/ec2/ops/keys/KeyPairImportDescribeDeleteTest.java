package io.cloudgate.ec2.ops.keys;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** ImportKeyPair, DescribeKeyPairs and DeleteKeyPair. */
class KeyPairImportDescribeDeleteTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final KeyPairCalls calls = new KeyPairCalls(bed);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void importedRsaKeyIsFingerprintedByTheMd5OfItsDerPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        String line = "ssh-rsa " + Base64.getEncoder().encodeToString(rsaBlob(key)) + " me@laptop";

        ImportKeyPairResponse imported = calls.importKey(bed.tenant(), "laptop", line);

        assertThat(imported.keyFingerprint()).isEqualTo(KeyFiles.colonHex("MD5", key.getEncoded())).hasSize(47);
        assertThat(imported.keyPairId()).startsWith("key-");
        KeyPairInfo described = calls.describeOne(bed.tenant(), "laptop");
        assertThat(described.keyFingerprint()).isEqualTo(imported.keyFingerprint());
        assertThat(described.keyTypeAsString()).isEqualTo("rsa");
        assertThat(described.publicKey()).isEqualTo(line);
    }

    @Test
    void sshKeygenKeysImportWithTheFingerprintsOfTheUserGuide() throws Exception {
        assumeTrue(LocalTools.has("ssh-keygen") && LocalTools.has("openssl"), "ssh-keygen or openssl is missing");
        LocalTools.shell("ssh-keygen -q -t ed25519 -N '' -C ed@host -f " + dir.resolve("ed"));
        LocalTools.shell("ssh-keygen -q -t rsa -b 3072 -N '' -C rsa@host -f " + dir.resolve("rsa"));

        ImportKeyPairResponse ed = calls.importKey(bed.tenant(), "ed", Files.readString(dir.resolve("ed.pub")));
        ImportKeyPairResponse rsa = calls.importKey(bed.tenant(), "rsa", Files.readString(dir.resolve("rsa.pub")));

        String sha256 = LocalTools.shell("ssh-keygen -l -E sha256 -f " + dir.resolve("ed.pub"));
        assertThat(sha256).contains("SHA256:" + ed.keyFingerprint().replace("=", "") + " ");
        String md5 = LocalTools.shell("ssh-keygen -e -m PKCS8 -f " + dir.resolve("rsa.pub")
                + " | openssl pkey -pubin -outform DER | openssl md5 -c");
        assertThat(md5.trim()).endsWith(rsa.keyFingerprint());
        assertThat(calls.describeOne(bed.tenant(), "ed").keyTypeAsString()).isEqualTo("ed25519");
    }

    @Test
    void ed25519KeysImportFromOpenSshRfc4716AndBase64Text() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        byte[] blob = blob("ssh-ed25519", Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        String base64Blob = Base64.getEncoder().encodeToString(blob);
        String line = "ssh-ed25519 " + base64Blob;
        String rfc4716 = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"a long comment that \\\n continues\"\n"
                + base64Blob.substring(0, 40) + "\n" + base64Blob.substring(40) + "\n---- END SSH2 PUBLIC KEY ----\n";

        ImportKeyPairResponse fromLine = calls.importKey(bed.tenant(), "line", line);
        ImportKeyPairResponse fromRfc = calls.importKey(bed.tenant(), "rfc", rfc4716);
        ImportKeyPairResponse fromBase64 = calls.importKey(bed.tenant(), "b64",
                Base64.getEncoder().encode(line.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromLine.keyFingerprint()).isEqualTo(KeyFiles.base64Sha256(blob));
        assertThat(fromRfc.keyFingerprint()).isEqualTo(fromLine.keyFingerprint());
        assertThat(fromBase64.keyFingerprint()).isEqualTo(fromLine.keyFingerprint());
    }

    @Test
    void materialThatIsNoSupportedPublicKeyIsRefused() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        String valid = Base64.getEncoder().encodeToString(blob("ssh-ed25519",
                Arrays.copyOfRange(spki, spki.length - 32, spki.length)));

        for (String material : new String[] {"not a key", "ssh-rsa AAAA", "ssh-ed25519 " + valid.substring(0, 20),
                "ssh-dss " + Base64.getEncoder().encodeToString(blob("ssh-dss", new byte[40])),
                "ssh-rsa " + valid, ""}) {
            String message = errorCode(() -> calls.importKey(bed.tenant(), "bad", material), "InvalidKey.Format");
            assertThat(message).isEqualTo("Key is not in valid OpenSSH public key format");
        }
        assertThat(calls.describe(bed.tenant(), request -> { }).keyPairs()).isEmpty();
    }

    @Test
    void describeNamesMissingKeysAndFilters() {
        String deployer = calls.create(bed.tenant(), request -> request.keyName("deployer")
                .tagSpecifications(spec -> spec.resourceType("key-pair").tags(tag -> tag.key("Env").value("prod"))))
                .keyPairId();
        calls.create(bed.tenant(), request -> request.keyName("developer").keyType("ed25519"));
        calls.create(bed.tenant(), request -> request.keyName("other"));

        assertThat(names(calls.describe(bed.tenant(), request -> { }).keyPairs()))
                .containsExactly("deployer", "developer", "other");
        assertThat(names(calls.describe(bed.tenant(), request -> request.filters(filter("key-name", "de*")))
                .keyPairs())).containsExactly("deployer", "developer");
        assertThat(names(calls.describe(bed.tenant(), request -> request.filters(filter("tag:Env", "prod")))
                .keyPairs())).containsExactly("deployer");
        assertThat(names(calls.describe(bed.tenant(), request -> request.keyPairIds(deployer)).keyPairs()))
                .containsExactly("deployer");
        String fingerprint = calls.describeOne(bed.tenant(), "developer").keyFingerprint();
        assertThat(names(calls.describe(bed.tenant(), request -> request.filters(filter("fingerprint", fingerprint)))
                .keyPairs())).containsExactly("developer");
        assertThat(calls.describe(bed.tenant(), request -> { }).keyPairs()).allMatch(key -> key.publicKey() == null);
        assertThat(errorCode(() -> calls.describe(bed.tenant(), request -> request.keyNames("deployer", "nope")),
                "InvalidKeyPair.NotFound")).isEqualTo("The key pair 'nope' does not exist");
        assertThat(errorCode(() -> calls.describe(bed.tenant(), request -> request.keyPairIds("key-0123456789abcdef0")),
                "InvalidKeyPair.NotFound")).isEqualTo("The key pair ID 'key-0123456789abcdef0' does not exist");
        errorCode(() -> calls.describe(bed.tenant(), request -> request.filters(filter("colour", "red"))),
                "InvalidParameterValue");
    }

    @Test
    void anotherAccountSeesNothingOfTheKeys() {
        String keyPairId = calls.create(bed.tenant(), request -> request.keyName("private")).keyPairId();

        assertThat(calls.describe(bed.other(), request -> { }).keyPairs()).isEmpty();
        errorCode(() -> calls.describe(bed.other(), request -> request.keyNames("private")), "InvalidKeyPair.NotFound");
        errorCode(() -> calls.describe(bed.other(), request -> request.keyPairIds(keyPairId)), "InvalidKeyPair.NotFound");
        calls.delete(bed.other(), request -> request.keyPairId(keyPairId));
        assertThat(calls.describeOne(bed.tenant(), "private").keyPairId()).isEqualTo(keyPairId);
    }

    @Test
    void deleteByNameOrIdAndDeletingWhatIsGoneSucceeds() {
        String first = calls.create(bed.tenant(), request -> request.keyName("first")
                .tagSpecifications(spec -> spec.resourceType("key-pair").tags(tag -> tag.key("a").value("b"))))
                .keyPairId();
        String second = calls.create(bed.tenant(), request -> request.keyName("second")).keyPairId();

        assertThat(calls.delete(bed.tenant(), request -> request.keyName("first")).keyPairId()).isEqualTo(first);
        assertThat(calls.delete(bed.tenant(), request -> request.keyPairId(second)).returnValue()).isTrue();
        assertThat(calls.delete(bed.tenant(), request -> request.keyName("first")).returnValue()).isTrue();
        assertThat(calls.describe(bed.tenant(), request -> { }).keyPairs()).isEmpty();
        assertThat(bed.context.tags().of(Ec2Testbed.ACCOUNT, first)).isEmpty();
        errorCode(() -> calls.delete(bed.tenant(), request -> { }), "MissingParameter");
        errorCode(() -> calls.delete(bed.tenant(), request -> request.keyName("x").dryRun(true)), "DryRunOperation");
        assertThat(calls.create(bed.tenant(), request -> request.keyName("first")).keyPairId()).isNotEqualTo(first);
    }

    private static List<String> names(List<KeyPairInfo> keys) {
        return keys.stream().map(KeyPairInfo::keyName).toList();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static byte[] rsaBlob(RSAPublicKey key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (byte[] part : new byte[][] {"ssh-rsa".getBytes(StandardCharsets.US_ASCII),
                key.getPublicExponent().toByteArray(), key.getModulus().toByteArray()}) {
            out.writeInt(part.length);
            out.write(part);
        }
        return bytes.toByteArray();
    }

    private static byte[] blob(String type, byte[] key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(name.length);
        out.write(name);
        out.writeInt(key.length);
        out.write(key);
        return bytes.toByteArray();
    }
}
