package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** STS and IAM through the real AWS CLI, run as a child process with its own profiles. */
class CliIdentityTest {
    private static final Pattern HTTP_REQUESTS_SENT = Pattern.compile("Sending http request");

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static AwsCli aws;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("cli-tenant");
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", tenant);
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void callerIdentityNamesTheAccountRoot() {
        JsonNode identity = aws.json("tenant", "sts", "get-caller-identity");
        assertThat(identity.path("Account").asText()).isEqualTo(tenant.accountId()).hasSize(12);
        assertThat(identity.path("Arn").asText()).isEqualTo("arn:aws:iam::" + tenant.accountId() + ":root");
        assertThat(identity.path("UserId").asText()).isEqualTo(tenant.accountId());
    }

    @Test
    void userLifecycleWithAccessKeysAndSessionTokens() {
        String userArn = "arn:aws:iam::" + tenant.accountId() + ":user/cli/cli-alice";
        JsonNode created = aws.json("tenant", "iam", "create-user", "--user-name", "cli-alice", "--path", "/cli/");
        assertThat(created.path("User").path("Arn").asText()).isEqualTo(userArn);
        assertThat(created.path("User").path("UserId").asText()).startsWith("AIDA");
        assertThat(aws.json("tenant", "iam", "get-user", "--user-name", "cli-alice").path("User").path("Arn").asText())
                .isEqualTo(userArn);
        assertThat(aws.json("tenant", "iam", "list-users", "--path-prefix", "/cli/").path("Users"))
                .extracting(user -> user.path("UserName").asText()).containsExactly("cli-alice");

        JsonNode key = aws.json("tenant", "iam", "create-access-key", "--user-name", "cli-alice").path("AccessKey");
        String keyId = key.path("AccessKeyId").asText();
        assertThat(keyId).startsWith("AKIA");
        assertThat(key.path("Status").asText()).isEqualTo("Active");
        aws.profile("alice", new Credentials(keyId, key.path("SecretAccessKey").asText(), null));
        assertThat(aws.json("alice", "sts", "get-caller-identity").path("Arn").asText()).isEqualTo(userArn);

        JsonNode session = aws.json("alice", "sts", "get-session-token", "--duration-seconds", "900")
                .path("Credentials");
        assertThat(session.path("AccessKeyId").asText()).startsWith("ASIA");
        assertThat(OffsetDateTime.parse(session.path("Expiration").asText()).toInstant())
                .isAfter(Instant.now().plusSeconds(800));
        aws.profile("alice-session", new Credentials(session.path("AccessKeyId").asText(),
                session.path("SecretAccessKey").asText(), session.path("SessionToken").asText()));
        assertThat(aws.json("alice-session", "sts", "get-caller-identity").path("Arn").asText()).isEqualTo(userArn);

        assertThat(aws.json("tenant", "iam", "list-access-keys", "--user-name", "cli-alice").path("AccessKeyMetadata"))
                .singleElement().satisfies(m -> {
                    assertThat(m.path("AccessKeyId").asText()).isEqualTo(keyId);
                    assertThat(m.path("Status").asText()).isEqualTo("Active");
                });
        aws.json("tenant", "iam", "update-access-key", "--user-name", "cli-alice", "--access-key-id", keyId,
                "--status", "Inactive");
        assertThat(aws.json("tenant", "iam", "list-access-keys", "--user-name", "cli-alice").path("AccessKeyMetadata"))
                .singleElement().satisfies(m -> assertThat(m.path("Status").asText()).isEqualTo("Inactive"));
        ExternalTool.Outcome inactive = aws.run("alice", "sts", "get-caller-identity");
        assertThat(inactive.exitCode()).as(inactive.describe()).isNotZero();
        assertThat(inactive.stderr()).contains("InvalidClientTokenId");

        aws.json("tenant", "iam", "delete-access-key", "--user-name", "cli-alice", "--access-key-id", keyId);
        assertThat(aws.json("tenant", "iam", "list-access-keys", "--user-name", "cli-alice")
                .get("AccessKeyMetadata")).isNotNull().isEmpty();
        aws.json("tenant", "iam", "delete-user", "--user-name", "cli-alice");
        assertThat(aws.json("tenant", "iam", "list-users", "--path-prefix", "/cli/").get("Users"))
                .isNotNull().isEmpty();
    }

    @Test
    void missingUserIsNoSuchEntity() {
        ExternalTool.Outcome missing = aws.run("tenant", "iam", "get-user", "--user-name", "nobody-here");
        assertThat(missing.exitCode()).as(missing.describe()).isNotZero();
        assertThat(missing.stderr()).contains("NoSuchEntity").contains("GetUser");
        assertThat(missing.stdout()).isBlank();
    }

    @Test
    void wrongSecretIsSignatureDoesNotMatch() {
        aws.profile("wrong-secret", new Credentials(tenant.accessKeyId(), "not-the-secret", null));
        ExternalTool.Outcome rejected = aws.run("wrong-secret", "sts", "get-caller-identity");
        assertThat(rejected.exitCode()).as(rejected.describe()).isNotZero();
        assertThat(rejected.stderr()).contains("SignatureDoesNotMatch");
    }

    @Test
    void unsupportedOperationFailsFastWithoutRetrying() {
        ExternalTool.Outcome unsupported = aws.run("tenant", "iam", "list-roles", "--debug");
        assertThat(unsupported.exitCode()).as(unsupported.describe()).isNotZero();
        assertThat(unsupported.elapsed()).isLessThan(Duration.ofSeconds(20));
        assertThat(unsupported.stderr()).contains("UnsupportedOperation").contains("ListRoles");
        // botocore logs each attempt; a retryable answer (5xx, throttling) would show several.
        assertThat(countMatches(HTTP_REQUESTS_SENT, unsupported.stderr())).as(unsupported.describe()).isEqualTo(1);
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
