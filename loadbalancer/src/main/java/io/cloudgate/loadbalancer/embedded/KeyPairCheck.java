package io.cloudgate.loadbalancer.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Whether a private key belongs to a certificate: something signed with the key verifies with the certificate's
 * public key. The JDK's TLS engine would accept a mismatched pair and fail every handshake instead.
 */
final class KeyPairCheck {
    private static final Map<String, String> SIGNATURES = Map.of("RSA", "SHA256withRSA", "EC", "SHA256withECDSA");
    private static final byte[] PROBE = "cloudgate key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {
    }

    /** @param pkcs8Pem an unencrypted PKCS#8 PEM key ("BEGIN PRIVATE KEY"); anything else does not match */
    static boolean matches(PublicKey certified, String pkcs8Pem) {
        String algorithm = SIGNATURES.get(certified.getAlgorithm());
        if (algorithm == null || !pkcs8Pem.contains("-----BEGIN PRIVATE KEY-----")) {
            return false;
        }
        try {
            String base64 = pkcs8Pem.substring(pkcs8Pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27);
            base64 = base64.substring(0, base64.indexOf("-----END PRIVATE KEY-----"));
            PrivateKey key = KeyFactory.getInstance(certified.getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }
}
