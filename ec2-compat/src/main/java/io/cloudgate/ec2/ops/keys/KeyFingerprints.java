package io.cloudgate.ec2.ops.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key fingerprints as EC2 computes them (EC2 User Guide, "Verify the fingerprint of your key pair"): a key
 * EC2 created is fingerprinted by the SHA-1 of its DER (PKCS#8) private key, an imported RSA key by the MD5 of
 * its DER public key, and any ED25519 key by the base64 SHA-256 of its public key blob, which EC2 pads with '='.
 */
final class KeyFingerprints {
    private KeyFingerprints() {
    }

    /** RSA key created by EC2: SHA-1 of the PKCS#8 DER private key, colon-separated hex. */
    static String ofCreatedRsa(byte[] pkcs8PrivateKey) {
        return colonHex(digest("SHA-1", pkcs8PrivateKey));
    }

    /** RSA key imported into EC2: MD5 of the X.509 SubjectPublicKeyInfo DER, colon-separated hex. */
    static String ofImportedRsa(byte[] subjectPublicKeyInfo) {
        return colonHex(digest("MD5", subjectPublicKeyInfo));
    }

    /** ED25519 key, created or imported: base64 of the SHA-256 of the SSH public key blob. */
    static String ofEd25519(byte[] sshPublicKeyBlob) {
        return Base64.getEncoder().encodeToString(digest("SHA-256", sshPublicKeyBlob));
    }

    private static String colonHex(byte[] digest) {
        return HexFormat.ofDelimiter(":").formatHex(digest);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JDK algorithm", e);
        }
    }
}
