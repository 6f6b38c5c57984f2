package io.cloudgate.ec2.ops.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads handed-out key material back with the JDK alone, written independently of the code under test: PEM
 * bodies, PKCS#1 wrapped as PKCS#8, OpenSSH key files and public key lines.
 */
final class KeyFiles {
    private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("300d06092a864886f70d0101010500");
    private static final byte[] ED25519_PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** What an OpenSSH private key file holds for an ED25519 key. */
    record OpenSshEd25519(byte[] publicBlob, byte[] publicKey, byte[] seed, String comment) {
    }

    private KeyFiles() {
    }

    static byte[] pemBody(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----\n";
        String end = "\n-----END " + label + "-----";
        if (!pem.startsWith(begin) || !pem.endsWith(end)) {
            throw new IllegalArgumentException("not a " + label + " PEM block: " + pem);
        }
        return Base64.getMimeDecoder().decode(pem.substring(begin.length(), pem.length() - end.length()));
    }

    /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey, as `openssl pkcs8 -topk8` writes it. */
    static byte[] pkcs8OfPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(tlv(0x04, pkcs1));
        return tlv(0x30, body.toByteArray());
    }

    static PrivateKey rsaPrivate(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    static OpenSshEd25519 openSshEd25519(String pem) {
        Reader file = new Reader(pemBody(pem, "OPENSSH PRIVATE KEY"));
        byte[] magic = file.raw(15);
        if (!Arrays.equals(magic, "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("bad magic");
        }
        if (!file.text().equals("none") || !file.text().equals("none") || file.bytes().length != 0 || file.int32() != 1) {
            throw new IllegalArgumentException("not an unencrypted single-key file");
        }
        byte[] publicBlob = file.bytes();
        Reader keys = new Reader(file.bytes());
        if (keys.int32() != keys.int32() || !keys.text().equals("ssh-ed25519")) {
            throw new IllegalArgumentException("bad private section");
        }
        byte[] publicKey = keys.bytes();
        byte[] secret = keys.bytes();
        String comment = keys.text();
        if (!Arrays.equals(Arrays.copyOfRange(secret, 32, 64), publicKey)) {
            throw new IllegalArgumentException("secret does not end with the public key");
        }
        return new OpenSshEd25519(publicBlob, publicKey, Arrays.copyOf(secret, 32), comment);
    }

    /** Whether the seed signs what the public key verifies. */
    static boolean ed25519Matches(byte[] seed, byte[] publicKey) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, seed)));
        PublicKey key = factory.generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, publicKey)));
        byte[] message = "proof".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }

    /** The blob of an OpenSSH public key line ("ssh-rsa AAAA... comment"). */
    static byte[] publicBlob(String line) {
        return Base64.getDecoder().decode(line.split(" ")[1]);
    }

    /** The RSA modulus in an ssh-rsa blob. */
    static BigInteger rsaModulus(byte[] blob) {
        Reader reader = new Reader(blob);
        reader.text();
        reader.bytes();
        return new BigInteger(reader.bytes());
    }

    static String colonHex(String algorithm, byte[] data) throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }

    static String base64Sha256(byte[] data) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static byte[] tlv(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    private static final class Reader {
        private final byte[] data;
        private int position;

        Reader(byte[] data) {
            this.data = data;
        }

        byte[] raw(int length) {
            byte[] value = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return value;
        }

        int int32() {
            byte[] value = raw(4);
            return new BigInteger(1, value).intValue();
        }

        byte[] bytes() {
            return raw(int32());
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }
}
