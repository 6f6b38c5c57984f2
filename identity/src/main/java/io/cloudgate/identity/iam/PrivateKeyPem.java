package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An uploaded private key, in any of the unencrypted PEM forms OpenSSL writes (PKCS#8 "PRIVATE KEY", PKCS#1
 * "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY"), checked against the certificate's public key and turned into PKCS#8.
 * A traditional key becomes PKCS#8 by wrapping it with the algorithm identifier of the certificate's public key.
 */
final class PrivateKeyPem {
    private static final Map<String, String> SIGNATURES = Map.of("RSA", "SHA256withRSA", "EC", "SHA256withECDSA");
    private static final Map<String, String> TRADITIONAL = Map.of("RSA PRIVATE KEY", "RSA", "EC PRIVATE KEY", "EC");
    private static final byte[] PROBE = "cloudgate key pair check".getBytes(StandardCharsets.US_ASCII);
    private static final String UNPARSABLE = "Unable to parse private key. Please ensure the private key is an "
            + "unencrypted PEM-encoded RSA or EC key.";

    private PrivateKeyPem() {
    }

    static String toPkcs8(String pem, PublicKey certified) {
        String algorithm = certified.getAlgorithm();
        if (!SIGNATURES.containsKey(algorithm)) {
            throw CertificatePem.malformed("Unable to validate certificate. Unsupported public key algorithm: "
                    + algorithm + ".");
        }
        PemBlocks.Block block = single(pem);
        byte[] pkcs8 = block.label().equals("PRIVATE KEY") ? block.der() : wrapTraditional(block, certified);
        PrivateKey key = parse(pkcs8, algorithm);
        if (key == null) {
            boolean otherAlgorithm = SIGNATURES.keySet().stream().anyMatch(other -> parse(pkcs8, other) != null);
            throw otherAlgorithm ? mismatch() : CertificatePem.malformed(UNPARSABLE);
        }
        if (!signsFor(key, certified)) {
            throw mismatch();
        }
        return PemBlocks.encode("PRIVATE KEY", pkcs8);
    }

    private static PemBlocks.Block single(String pem) {
        List<PemBlocks.Block> blocks;
        try {
            blocks = PemBlocks.parse(pem).stream().filter(b -> b.label().endsWith("PRIVATE KEY")).toList();
        } catch (IllegalArgumentException e) {
            throw CertificatePem.malformed(UNPARSABLE);
        }
        if (blocks.size() != 1 || blocks.getFirst().encrypted()
                || !blocks.getFirst().label().equals("PRIVATE KEY")
                && !TRADITIONAL.containsKey(blocks.getFirst().label())) {
            throw CertificatePem.malformed(UNPARSABLE);
        }
        return blocks.getFirst();
    }

    /** PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier (the certificate's), OCTET STRING key }. */
    private static byte[] wrapTraditional(PemBlocks.Block block, PublicKey certified) {
        if (!TRADITIONAL.get(block.label()).equals(certified.getAlgorithm())) {
            throw mismatch();
        }
        byte[] algorithmIdentifier = firstElement(certified.getEncoded());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {0x02, 0x01, 0x00});
        content.writeBytes(algorithmIdentifier);
        content.writeBytes(tlv(0x04, block.der()));
        return tlv(0x30, content.toByteArray());
    }

    /** The first element of a DER SEQUENCE (for SubjectPublicKeyInfo: its AlgorithmIdentifier), tag and length included. */
    private static byte[] firstElement(byte[] sequence) {
        int inner = headerLength(sequence, 0);
        int elementLength = headerLength(sequence, inner) + contentLength(sequence, inner);
        return Arrays.copyOfRange(sequence, inner, inner + elementLength);
    }

    private static int headerLength(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        return first < 0x80 ? 2 : 2 + (first & 0x7f);
    }

    private static int contentLength(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[at + 2 + i] & 0xff);
        }
        return length;
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static PrivateKey parse(byte[] pkcs8, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** Something signed with the key verifies with the certificate's public key. */
    private static boolean signsFor(PrivateKey key, PublicKey certified) {
        try {
            String algorithm = SIGNATURES.get(certified.getAlgorithm());
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(PROBE);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static AwsException mismatch() {
        return AwsException.badRequest("KeyPairMismatch",
                "Unable to validate certificate. The private key does not match the public key in the certificate.");
    }
}
