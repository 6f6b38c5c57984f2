package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IAM server certificates through the real AWS CLI, with certificates and keys made by openssl, read from files. */
class CliServerCertificateTest {
    private static RunningGateway gateway;
    private static Credentials tenant;
    private static AwsCli aws;
    private static OpensslCertificate web;
    private static OpensslCertificate other;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("cli-certificates");
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);
        web = OpensslCertificate.generate(gateway.directory().resolve("tls"), "www.cli.example");
        other = OpensslCertificate.generate(gateway.directory().resolve("tls"), "other.cli.example");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void uploadListGetAndDeleteACertificateFromFiles() throws Exception {
        JsonNode metadata = aws.json("tenant", "iam", "upload-server-certificate",
                "--server-certificate-name", "cli-web", "--path", "/cli/",
                "--certificate-body", "file://" + web.certificateFile().toAbsolutePath(),
                "--private-key", "file://" + web.keyFile().toAbsolutePath()).path("ServerCertificateMetadata");
        assertThat(metadata.path("Arn").asText())
                .isEqualTo("arn:aws:iam::" + tenant.accountId() + ":server-certificate/cli/cli-web");
        assertThat(metadata.path("ServerCertificateId").asText()).startsWith("ASCA");
        assertThat(Instant.parse(metadata.path("Expiration").asText().replace("+00:00", "Z")))
                .isAfter(Instant.now().plusSeconds(86_000));

        assertThat(aws.json("tenant", "iam", "list-server-certificates", "--path-prefix", "/cli/")
                .path("ServerCertificateMetadataList")).extracting(m -> m.path("ServerCertificateName").asText())
                .containsExactly("cli-web");
        JsonNode got = aws.json("tenant", "iam", "get-server-certificate", "--server-certificate-name", "cli-web")
                .path("ServerCertificate");
        assertThat(got.path("CertificateBody").asText().strip()).isEqualTo(web.certificatePem().strip());
        assertThat(got.has("PrivateKey")).isFalse();

        ExternalTool.Outcome mismatched = aws.run("tenant", "iam", "upload-server-certificate",
                "--server-certificate-name", "cli-mismatch",
                "--certificate-body", "file://" + web.certificateFile().toAbsolutePath(),
                "--private-key", "file://" + other.keyFile().toAbsolutePath());
        assertThat(mismatched.exitCode()).as(mismatched.describe()).isNotZero();
        assertThat(mismatched.stderr()).contains("KeyPairMismatch").contains("UploadServerCertificate");

        aws.json("tenant", "iam", "delete-server-certificate", "--server-certificate-name", "cli-web");
        assertThat(aws.json("tenant", "iam", "list-server-certificates").get("ServerCertificateMetadataList"))
                .isNotNull().isEmpty();
    }
}
