package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.KeyType;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Key pairs and images (AMIs) through the AWS SDK for Java v2. */
class Ec2ImagesKeysSdkTest extends TwoTenants {

    @Test
    void createdRsaKeyParsesWithTheJdkAndMatchesItsFingerprint() throws Exception {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            CreateKeyPairResponse created = ec2.createKeyPair(r -> r.keyName("sdk-rsa"));

            String pem = created.keyMaterial();
            assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----").endsWith("-----END RSA PRIVATE KEY-----");
            byte[] pkcs1 = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            byte[] pkcs8 = pkcs8OfPkcs1(pkcs1);
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            assertThat(key.getModulus().bitLength()).isEqualTo(2048);
            assertThat(created.keyFingerprint()).isEqualTo(HexFormat.ofDelimiter(":")
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(pkcs8)));

            var described = ec2.describeKeyPairs(r -> r.keyPairIds(created.keyPairId()).includePublicKey(true))
                    .keyPairs().getFirst();
            assertThat(described.keyName()).isEqualTo("sdk-rsa");
            assertThat(described.keyType()).isEqualTo(KeyType.RSA);
            assertThat(described.keyFingerprint()).isEqualTo(created.keyFingerprint());
            assertThat(described.publicKey()).startsWith("ssh-rsa AAAA");
            assertThat(described.createTime()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        }
    }

    @Test
    void ed25519KeysAreCreatedAndImported() throws Exception {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var created = ec2.createKeyPair(r -> r.keyName("sdk-ed").keyType(KeyType.ED25519));
            assertThat(created.keyMaterial()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
            assertThat(Base64.getDecoder().decode(created.keyFingerprint())).hasSize(32);

            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded();
            byte[] blob = sshBlob("ssh-ed25519", Arrays.copyOfRange(spki, spki.length - 32, spki.length));
            String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob) + " sdk@test";
            var imported = ec2.importKeyPair(r -> r.keyName("sdk-imported")
                    .publicKeyMaterial(SdkBytes.fromString(line, StandardCharsets.UTF_8))
                    .tagSpecifications(t -> t.resourceType(ResourceType.KEY_PAIR).tags(tag -> tag.key("Env").value("ci"))));
            assertThat(imported.keyFingerprint()).isEqualTo(Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(blob)));
            assertThat(ec2.describeKeyPairs(r -> r.filters(filter("tag:Env", "ci"))).keyPairs())
                    .extracting(KeyPairInfo::keyName).containsExactly("sdk-imported");

            assertError(() -> ec2.importKeyPair(r -> r.keyName("garbage")
                    .publicKeyMaterial(SdkBytes.fromString("ssh-rsa not-a-key", StandardCharsets.UTF_8))),
                    "InvalidKey.Format", "Key is not in valid OpenSSH public key format");
            assertError(() -> ec2.importKeyPair(r -> r.keyName("sdk-ed")
                    .publicKeyMaterial(SdkBytes.fromString(line, StandardCharsets.UTF_8))),
                    "InvalidKeyPair.Duplicate", "The keypair 'sdk-ed' already exists.");
        }
    }

    @Test
    void keysOfOneAccountAreInvisibleToAnother() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String keyPairId = ec2.createKeyPair(r -> r.keyName("sdk-private")).keyPairId();

            assertError(() -> other.describeKeyPairs(r -> r.keyNames("sdk-private")), "InvalidKeyPair.NotFound",
                    "The key pair 'sdk-private' does not exist");
            assertError(() -> other.describeKeyPairs(r -> r.keyPairIds(keyPairId)), "InvalidKeyPair.NotFound",
                    "The key pair ID '" + keyPairId + "' does not exist");
            assertThat(other.deleteKeyPair(r -> r.keyName("sdk-private")).returnValue()).isTrue();
            assertThat(ec2.describeKeyPairs(r -> r.keyNames("sdk-private")).keyPairs()).hasSize(1);
            ec2.deleteKeyPair(r -> r.keyPairId(keyPairId));
            assertError(() -> ec2.describeKeyPairs(r -> r.keyNames("sdk-private")), "InvalidKeyPair.NotFound", null);
            assertError(() -> ec2.createKeyPair(r -> r.keyName("sdk-dry").dryRun(true)), "DryRunOperation", null);
        }
    }

    @Test
    void catalogImagesAreFoundByOwnerAndFilters() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var images = ec2.describeImages(r -> r.owners("amazon")
                    .filters(filter("name", "al2023-ami-2023.*-x86_64"), filter("state", "available"))).images();
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.imageOwnerAlias()).isEqualTo("amazon");
                assertThat(image.rootDeviceName()).isEqualTo("/dev/xvda");
                assertThat(image.blockDeviceMappings().getFirst().ebs().snapshotId()).startsWith("snap-");
            });
            assertThat(ec2.describeImages(r -> r.owners("099720109477")).images())
                    .allMatch(image -> image.name().startsWith("ubuntu/"));
            assertError(() -> ec2.describeImages(r -> r.imageIds("ami-0123456789abcdef0")), "InvalidAMIID.NotFound",
                    "The image id '[ami-0123456789abcdef0]' does not exist");
            assertError(() -> ec2.describeImages(r -> r.imageIds("ami-bogus")), "InvalidAMIID.Malformed", null);
        }
    }

    @Test
    void imageFromAnInstanceIsSharedCopiedAndDeregistered() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String source = ec2.describeImages(r -> r.owners("amazon").filters(filter("architecture", "x86_64")))
                    .images().getFirst().imageId();
            String instanceId = ec2.runInstances(r -> r.imageId(source).instanceType("t3.micro").minCount(1)
                    .maxCount(1)).instances().getFirst().instanceId();
            waitFor(() -> ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().getFirst()
                    .instances().getFirst().state().name() == InstanceStateName.RUNNING);

            String imageId = ec2.createImage(r -> r.instanceId(instanceId).name("sdk-golden").noReboot(true)
                    .tagSpecifications(t -> t.resourceType(ResourceType.IMAGE).tags(tag -> tag.key("Role").value("web"))))
                    .imageId();
            waitFor(() -> image(ec2, imageId).stateAsString().equals("available"));
            Image image = image(ec2, imageId);
            assertThat(image.ownerId()).isEqualTo(tenant.accountId());
            assertThat(image.sourceInstanceId()).isEqualTo(instanceId);
            assertThat(image.tags()).extracting(Tag::key).containsExactly("Role");
            assertError(() -> ec2.createImage(r -> r.instanceId(instanceId).name("sdk-golden")),
                    "InvalidAMIName.Duplicate", "AMI name sdk-golden is already in use by AMI " + imageId);
            assertError(() -> other.describeImages(r -> r.imageIds(imageId)), "InvalidAMIID.NotFound", null);

            ec2.modifyImageAttribute(r -> r.imageId(imageId).launchPermission(p -> p.add(LaunchPermission.builder()
                    .userId(stranger.accountId()).build())));
            assertThat(ec2.describeImageAttribute(r -> r.imageId(imageId).attribute("launchPermission"))
                    .launchPermissions()).extracting(LaunchPermission::userId).containsExactly(stranger.accountId());
            assertThat(other.describeImages(r -> r.executableUsers("self")).images()).extracting(Image::imageId)
                    .containsExactly(imageId);
            assertError(() -> other.deregisterImage(r -> r.imageId(imageId)), "AuthFailure", null);

            String copy = other.copyImage(r -> r.sourceImageId(imageId).sourceRegion("us-east-1").name("sdk-copy")
                    .clientToken("copy-once")).imageId();
            assertThat(other.copyImage(r -> r.sourceImageId(imageId).sourceRegion("us-east-1").name("sdk-copy")
                    .clientToken("copy-once")).imageId()).isEqualTo(copy);
            assertThat(image(other, copy).sourceImageId()).isEqualTo(imageId);

            // Terraform's aws_ami_from_instance deletes the image's snapshots after deregistering it.
            String snapshotId = image.blockDeviceMappings().getFirst().ebs().snapshotId();
            assertThat(ec2.describeSnapshots(r -> r.snapshotIds(snapshotId)).snapshots()).hasSize(1);
            ec2.deregisterImage(r -> r.imageId(imageId));
            assertError(() -> ec2.describeImages(r -> r.imageIds(imageId)), "InvalidAMIID.NotFound", null);
            ec2.deleteSnapshot(r -> r.snapshotId(snapshotId));
            ec2.terminateInstances(r -> r.instanceIds(instanceId));
        }
    }

    private static Image image(Ec2Client ec2, String imageId) {
        return ec2.describeImages(r -> r.imageIds(imageId)).images().getFirst();
    }

    private static void waitFor(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertError(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(code.equals("DryRunOperation") ? 412 : 400);
            if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            }
        });
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static byte[] sshBlob(String type, byte[] key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(type.length());
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(key.length);
        out.write(key);
        return bytes.toByteArray();
    }

    /** PKCS#8 around a PKCS#1 RSA key, as `openssl pkcs8 -topk8` writes it (the form EC2 fingerprints). */
    private static byte[] pkcs8OfPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(HexFormat.of().parseHex("020100300d06092a864886f70d0101010500"));
        body.writeBytes(derElement(0x04, pkcs1));
        return derElement(0x30, body.toByteArray());
    }

    private static byte[] derElement(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        out.write(0x82);
        out.write(contents.length >> 8);
        out.write(contents.length);
        out.writeBytes(contents);
        return out.toByteArray();
    }
}
