package io.cloudgate.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed server certificate for a host name, made by the openssl CLI as a user would make one, and a TLS
 * client context that trusts it alone.
 *
 * @param certificateFile PEM certificate
 * @param keyFile         PEM private key (PKCS#8, as openssl 3 writes it)
 */
record OpensslCertificate(String hostName, Path certificateFile, Path keyFile) {

    static OpensslCertificate generate(Path directory, String hostName) throws IOException {
        Files.createDirectories(directory);
        Path certificate = directory.resolve(hostName + ".crt");
        Path key = directory.resolve(hostName + ".key");
        ExternalTool.Outcome outcome = new ExternalTool(directory, Map.of()).run(Duration.ofSeconds(60), List.of(
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=" + hostName, "-addext", "subjectAltName=DNS:" + hostName,
                "-keyout", key.toString(), "-out", certificate.toString()));
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("openssl failed: " + outcome);
        }
        return new OpensslCertificate(hostName, certificate, key);
    }

    String certificatePem() throws IOException {
        return Files.readString(certificateFile);
    }

    String keyPem() throws IOException {
        return Files.readString(keyFile);
    }

    /** TLS that trusts this certificate and nothing else. */
    SSLContext trustingIt() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(hostName, CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(certificatePem().getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
