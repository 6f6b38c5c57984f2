package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.DataPlaneException;
import io.cloudgate.loadbalancer.Listener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PEM files HAProxy reads the TLS listeners' certificates from: chain then private key in one file, mode 0600
 * in a 0700 directory, named by a digest of the content, written before the configuration that names them is
 * checked and deleted once no running configuration names them.
 */
final class CertificateFiles {
    private CertificateFiles() {
    }

    static String digest(Listener.Certificate certificate) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content(certificate).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Writes every certificate file the balancers' listeners name that does not exist yet. */
    static void write(HaproxyConfigRenderer.HaproxyFiles files, Collection<BalancerConfig> balancers) {
        try {
            if (!Files.isDirectory(files.certificates())) {
                Files.createDirectories(files.certificates(),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            for (Listener.Certificate certificate : certificatesOf(balancers)) {
                Path target = files.certificate(certificate);
                if (Files.exists(target)) {
                    continue;
                }
                Path partial = files.certificates().resolve(target.getFileName() + ".partial");
                Files.deleteIfExists(partial);
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(partial, content(certificate), StandardCharsets.UTF_8);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DataPlaneException(DataPlaneException.Kind.UNAVAILABLE, "cannot write certificate files in "
                    + files.certificates() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the certificate files none of these balancers names. */
    static void keepOnly(HaproxyConfigRenderer.HaproxyFiles files, Collection<BalancerConfig> balancers) {
        Set<Path> used = certificatesOf(balancers).stream().map(files::certificate).collect(Collectors.toSet());
        if (!Files.isDirectory(files.certificates())) {
            return;
        }
        try (DirectoryStream<Path> present = Files.newDirectoryStream(files.certificates())) {
            for (Path file : present) {
                if (!used.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Left for the next apply to delete; the running configuration does not read them.
        }
    }

    private static Set<Listener.Certificate> certificatesOf(Collection<BalancerConfig> balancers) {
        return balancers.stream().flatMap(b -> b.listeners().stream()).filter(l -> l.tls() != null)
                .flatMap(l -> l.tls().certificates().stream()).collect(Collectors.toSet());
    }

    private static String content(Listener.Certificate certificate) {
        return withNewline(certificate.chainPem()) + withNewline(certificate.privateKeyPem());
    }

    private static String withNewline(String pem) {
        return pem.endsWith("\n") ? pem : pem + "\n";
    }
}
