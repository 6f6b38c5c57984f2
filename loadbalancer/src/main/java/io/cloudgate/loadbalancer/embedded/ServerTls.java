package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;
import io.netty.channel.ChannelHandler;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.DomainWildcardMappingBuilder;
import io.netty.util.Mapping;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLException;

/**
 * The TLS side of a listener: one server context per certificate, the client's SNI server name choosing among
 * them by the certificates' DNS names, the first certificate for clients that send no (or an unknown) name.
 * Built once per change of the listener's certificates, shared by all its connections.
 */
final class ServerTls {
    private static final int DNS_NAME = 2;

    private final Listener.Tls source;
    private final Mapping<String, SslContext> byServerName;

    private ServerTls(Listener.Tls source, Mapping<String, SslContext> byServerName) {
        this.source = source;
        this.byServerName = byServerName;
    }

    /** Null for a plain listener; INVALID_CONFIGURATION when a certificate or key cannot be used. */
    static ServerTls of(Listener.Tls tls) {
        if (tls == null) {
            return null;
        }
        if (tls.certificates().isEmpty()) {
            throw invalid("a TLS listener needs at least one certificate", null);
        }
        List<SslContext> contexts = new ArrayList<>();
        List<X509Certificate> leaves = new ArrayList<>();
        for (Listener.Certificate certificate : tls.certificates()) {
            X509Certificate leaf = leaf(certificate);
            if (!KeyPairCheck.matches(leaf.getPublicKey(), certificate.privateKeyPem())) {
                throw invalid("the private key is not the certificate's (or is not an unencrypted PKCS#8 RSA or EC "
                        + "key)", null);
            }
            contexts.add(context(certificate));
            leaves.add(leaf);
        }
        DomainWildcardMappingBuilder<SslContext> mapping = new DomainWildcardMappingBuilder<>(contexts.getFirst());
        // A later add of a name replaces an earlier one: going backwards, the first certificate naming it wins.
        for (int i = tls.certificates().size() - 1; i >= 0; i--) {
            for (String name : dnsNames(leaves.get(i))) {
                addIfUsable(mapping, name, contexts.get(i));
            }
        }
        return new ServerTls(tls, mapping.build());
    }

    /** Names that are not host names or "*." wildcards (e.g. "a*.example.com") can never match an SNI name. */
    private static void addIfUsable(DomainWildcardMappingBuilder<SslContext> mapping, String name, SslContext context) {
        try {
            mapping.add(name, context);
        } catch (IllegalArgumentException e) {
            // skipped: such a name selects nothing
        }
    }

    /** This, when it was built from the same certificates (so an apply that keeps them rebuilds nothing). */
    ServerTls reusedFor(Listener.Tls tls) {
        return source.equals(tls) ? this : null;
    }

    /** A new connection's first TLS handler: reads the ClientHello, then becomes the chosen context's SslHandler. */
    ChannelHandler newHandler() {
        return new SniHandler(byServerName);
    }

    private static SslContext context(Listener.Certificate certificate) {
        try {
            return SslContextBuilder.forServer(stream(certificate.chainPem()), stream(certificate.privateKeyPem()))
                    .sslProvider(SslProvider.JDK).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw invalid("unusable certificate or private key: " + e.getMessage(), e);
        }
    }

    private static X509Certificate leaf(Listener.Certificate certificate) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(stream(certificate.chainPem()));
        } catch (CertificateException e) {
            throw invalid("unreadable certificate: " + e.getMessage(), e);
        }
    }

    /** The leaf's DNS subject alternative names, else its common name. */
    private static List<String> dnsNames(X509Certificate leaf) {
        try {
            List<String> names = new ArrayList<>();
            if (leaf.getSubjectAlternativeNames() != null) {
                for (List<?> entry : leaf.getSubjectAlternativeNames()) {
                    if (entry.get(0) instanceof Integer type && type == DNS_NAME) {
                        names.add(entry.get(1).toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (names.isEmpty()) {
                for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
                    if (rdn.getType().equalsIgnoreCase("CN")) {
                        names.add(rdn.getValue().toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return names;
        } catch (CertificateParsingException | InvalidNameException e) {
            throw invalid("cannot read the certificate's names: " + e.getMessage(), e);
        }
    }

    private static ByteArrayInputStream stream(String pem) {
        return new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static DataPlaneException invalid(String message, Throwable cause) {
        return new DataPlaneException(DataPlaneException.Kind.INVALID_CONFIGURATION, message, cause);
    }
}
