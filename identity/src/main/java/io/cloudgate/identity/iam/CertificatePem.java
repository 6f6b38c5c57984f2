package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of an uploaded server certificate as IAM makes them: the body is one PEM certificate, not expired; the chain
 * (optional) starts with the certificate that signed the body, each next one signing the one before; the private
 * key parses and is the certificate's. Yields the key as PKCS#8, the form every TLS stack reads.
 */
final class CertificatePem {
    static final String MALFORMED = "MalformedCertificate";

    /** @param privateKeyPem the private key as unencrypted PKCS#8 PEM */
    record Checked(X509Certificate certificate, String privateKeyPem) {
    }

    private CertificatePem() {
    }

    static Checked check(String body, String chain, String privateKey, Instant now) {
        X509Certificate certificate = single(body);
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw malformed("Unable to validate certificate. The certificate expired at "
                    + certificate.getNotAfter().toInstant() + ".");
        }
        if (chain != null) {
            checkChain(certificate, certificates(chain, "Unable to parse certificate chain. Please ensure the "
                    + "certificate chain is in PEM format."));
        }
        return new Checked(certificate, PrivateKeyPem.toPkcs8(privateKey, certificate.getPublicKey()));
    }

    static AwsException malformed(String message) {
        return AwsException.badRequest(MALFORMED, message);
    }

    private static X509Certificate single(String body) {
        String unparsable = "Unable to parse certificate. Please ensure the certificate is in PEM format.";
        List<X509Certificate> certificates = certificates(body, unparsable);
        if (certificates.size() != 1) {
            throw malformed(unparsable);
        }
        return certificates.getFirst();
    }

    private static List<X509Certificate> certificates(String pem, String unparsable) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (PemBlocks.Block block : PemBlocks.parse(pem)) {
                if (!block.label().equals("CERTIFICATE") || block.encrypted()) {
                    throw malformed(unparsable);
                }
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
            }
            if (certificates.isEmpty()) {
                throw malformed(unparsable);
            }
            return certificates;
        } catch (CertificateException | IllegalArgumentException e) {
            throw malformed(unparsable);
        }
    }

    /** Index -1 is the body (not signed by the chain's first certificate); i is chain certificate i. */
    private static void checkChain(X509Certificate certificate, List<X509Certificate> chain) {
        X509Certificate signed = certificate;
        for (int i = 0; i < chain.size(); i++) {
            if (!signedBy(signed, chain.get(i))) {
                throw malformed("Unable to validate certificate chain. The certificate chain must start with the "
                        + "immediate signing certificate, followed by any intermediaries in order. The index within "
                        + "the chain of the invalid certificate is: " + (i - 1));
            }
            signed = chain.get(i);
        }
    }

    private static boolean signedBy(X509Certificate signed, X509Certificate signer) {
        try {
            signed.verify(signer.getPublicKey());
            return signed.getIssuerX500Principal().equals(signer.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
