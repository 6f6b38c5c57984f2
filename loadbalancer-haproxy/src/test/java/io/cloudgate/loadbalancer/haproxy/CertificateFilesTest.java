package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.TestTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate files are private to the adapter's user, named on the bind line, and gone once unused. */
class CertificateFilesTest {
    private static final Listener.Certificate DEFAULT = TestTls.certificate("default");
    private static final Listener.Certificate OTHER = TestTls.certificate("other");

    @TempDir
    Path directory;

    @Test
    void filesHoldChainThenKeyWithOwnerOnlyPermissionsAndGoWhenNoBalancerNamesThem() throws IOException {
        HaproxyConfigRenderer.HaproxyFiles files = new HaproxyConfigRenderer.HaproxyFiles(directory);
        BalancerConfig balancer = balancer(new Listener.Tls(List.of(DEFAULT, OTHER)));

        CertificateFiles.write(files, List.of(balancer));

        Path first = files.certificate(DEFAULT);
        assertThat(Files.readString(first)).startsWith(DEFAULT.chainPem()).endsWith(DEFAULT.privateKeyPem());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.certificates())))
                .isEqualTo("rwx------");
        assertThat(files.certificate(OTHER)).exists().isNotEqualTo(first);

        CertificateFiles.keepOnly(files, List.of(balancer(new Listener.Tls(List.of(OTHER)))));
        assertThat(first).doesNotExist();
        assertThat(files.certificate(OTHER)).exists();
        CertificateFiles.keepOnly(files, List.of());
        assertThat(files.certificates()).isEmptyDirectory();
    }

    @Test
    void theBindLineOffersTheCertificatesInOrder() {
        HaproxyConfigRenderer.HaproxyFiles files = new HaproxyConfigRenderer.HaproxyFiles(directory);
        Listener listener = balancer(new Listener.Tls(List.of(DEFAULT, OTHER))).listeners().getFirst();

        List<String> frontend = FrontendRenderer.render("b", 0, listener, files);

        assertThat(frontend).contains("  bind 127.0.0.1:443 ssl crt \"" + files.certificate(DEFAULT) + "\" crt \""
                + files.certificate(OTHER) + "\"");
        assertThat(frontend).contains("  http-request set-header X-Forwarded-Proto https");
    }

    private static BalancerConfig balancer(Listener.Tls tls) {
        return new BalancerConfig("b", List.of(new Listener("l", "127.0.0.1", 443, Listener.Protocol.HTTP,
                Duration.ofSeconds(5), "https", List.of(),
                new Action.Forward(List.of(new Action.WeightedPool("p", 1)), null), tls)), List.of());
    }
}
