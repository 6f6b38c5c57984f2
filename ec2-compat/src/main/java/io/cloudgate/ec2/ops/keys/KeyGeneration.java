package io.cloudgate.ec2.ops.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** Real RSA (2048-bit) and ED25519 key pairs, with the private key as PEM (or PuTTY's PPK). */
final class KeyGeneration {
    static final String RSA = "rsa";
    static final String ED25519 = "ed25519";
    static final String PEM = "pem";
    static final String PPK = "ppk";

    private KeyGeneration() {
    }

    /**
     * @param keyType  "rsa" or "ed25519"
     * @param format   "pem" or "ppk"
     * @param comment  the key name, written where the formats carry a comment
     */
    static GeneratedKey generate(String keyType, String format, String comment) {
        try {
            return keyType.equals(ED25519) ? ed25519(format, comment) : rsa(format, comment);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not generate a " + keyType + " key", e);
        }
    }

    private static GeneratedKey rsa(String format, String comment) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) pair.getPrivate();
        byte[] publicBlob = rsaPublicBlob(publicKey.getPublicExponent(), publicKey.getModulus());
        byte[] pkcs8 = privateKey.getEncoded();
        String material = format.equals(PPK)
                ? PrivateKeyFiles.ppk("ssh-rsa", comment, publicBlob, rsaPuttyPrivate(privateKey))
                : PrivateKeyFiles.pem("RSA PRIVATE KEY", Der.privateKeyOf(pkcs8), 64);
        return new GeneratedKey(RSA, material, openSsh("ssh-rsa", publicBlob, comment),
                KeyFingerprints.ofCreatedRsa(pkcs8));
    }

    private static GeneratedKey ed25519(String format, String comment) throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        // An Ed25519 SubjectPublicKeyInfo ends with the 32-byte public key (RFC 8410).
        byte[] publicKey = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        byte[] seed = Der.ed25519Seed(pair.getPrivate().getEncoded());
        byte[] publicBlob = ed25519PublicBlob(publicKey);
        String material = format.equals(PPK)
                ? PrivateKeyFiles.ppk("ssh-ed25519", comment, publicBlob, new SshWire.Writer().string(seed).toBytes())
                : PrivateKeyFiles.openSshEd25519(publicBlob, publicKey, seed, comment);
        return new GeneratedKey(ED25519, material, openSsh("ssh-ed25519", publicBlob, comment),
                KeyFingerprints.ofEd25519(publicBlob));
    }

    static byte[] rsaPublicBlob(BigInteger exponent, BigInteger modulus) {
        return new SshWire.Writer().string("ssh-rsa").mpint(exponent).mpint(modulus).toBytes();
    }

    static byte[] ed25519PublicBlob(byte[] publicKey) {
        return new SshWire.Writer().string("ssh-ed25519").string(publicKey).toBytes();
    }

    /** PuTTY's RSA private part: d, p, q and q^-1 mod p. */
    private static byte[] rsaPuttyPrivate(RSAPrivateCrtKey key) {
        return new SshWire.Writer().mpint(key.getPrivateExponent()).mpint(key.getPrimeP()).mpint(key.getPrimeQ())
                .mpint(key.getCrtCoefficient()).toBytes();
    }

    private static String openSsh(String type, byte[] blob, String comment) {
        return type + " " + Base64.getEncoder().encodeToString(blob) + " " + comment;
    }
}
