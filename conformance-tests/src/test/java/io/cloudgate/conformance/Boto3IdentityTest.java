package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * STS and IAM through boto3: a Python script (resources/boto3/identity.py) runs the whole flow once and
 * prints a JSON summary of what it saw; each test checks one part of that summary.
 */
class Boto3IdentityTest {
    private static RunningGateway gateway;
    private static Credentials tenant;
    private static JsonNode summary;

    @BeforeAll
    static void runScript() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("boto3-tenant");
        summary = Boto3Script.run(gateway, tenant, "identity.py", Duration.ofSeconds(120), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void callerIdentityNamesTheAccountRoot() {
        JsonNode root = summary.path("root");
        assertThat(root.path("account").asText()).isEqualTo(tenant.accountId());
        assertThat(root.path("arn").asText()).isEqualTo("arn:aws:iam::" + tenant.accountId() + ":root");
    }

    @Test
    void createdUserIsFetchedListedAndUniqueIgnoringCase() {
        String arn = "arn:aws:iam::" + tenant.accountId() + ":user/boto/boto-alice";
        assertThat(summary.path("createdUser").path("arn").asText()).isEqualTo(arn);
        assertThat(summary.path("createdUser").path("userId").asText()).startsWith("AIDA");
        assertThat(summary.path("createdUser").path("path").asText()).isEqualTo("/boto/");
        assertThat(summary.path("fetchedUserArn").asText()).isEqualTo(arn);
        assertThat(summary.path("listedUserNames")).extracting(JsonNode::asText).containsExactly("boto-alice");
        assertError(summary.path("duplicateUserError"), "CreateUser", "EntityAlreadyExists", 409);
    }

    @Test
    void accessKeyAndSessionTokenActAsTheUser() {
        String arn = "arn:aws:iam::" + tenant.accountId() + ":user/boto/boto-alice";
        assertThat(summary.path("accessKey").path("id").asText()).startsWith("AKIA");
        assertThat(summary.path("accessKey").path("status").asText()).isEqualTo("Active");
        assertThat(summary.path("keyCaller").path("arn").asText()).isEqualTo(arn);
        assertThat(summary.path("keyCaller").path("account").asText()).isEqualTo(tenant.accountId());
        assertThat(summary.path("sessionToken").path("accessKeyId").asText()).startsWith("ASIA");
        assertThat(OffsetDateTime.parse(summary.path("sessionToken").path("expiration").asText()).toInstant())
                .isAfter(Instant.now().plusSeconds(700));
        assertThat(summary.path("sessionCaller").path("arn").asText()).isEqualTo(arn);
    }

    @Test
    void keyStatusChangesAndDeletionAreVisible() {
        assertThat(summary.path("keyStatusesBeforeUpdate")).extracting(JsonNode::asText).containsExactly("Active");
        assertThat(summary.path("keyStatusesAfterUpdate")).extracting(JsonNode::asText).containsExactly("Inactive");
        assertError(summary.path("inactiveKeyError"), "GetCallerIdentity", "InvalidClientTokenId", 403);
        assertError(summary.path("deleteUserWithKeyError"), "DeleteUser", "DeleteConflict", 409);
        assertThat(summary.get("keyStatusesAfterDelete")).isNotNull().isEmpty();
        assertError(summary.path("deletedUserError"), "GetUser", "NoSuchEntity", 404);
    }

    @Test
    void badSignaturesAndUnsupportedOperationsAreNonRetryableClientErrors() {
        assertError(summary.path("wrongSecretError"), "GetCallerIdentity", "SignatureDoesNotMatch", 403);
        JsonNode unsupported = summary.path("unsupportedError");
        assertError(unsupported, "ListRoles", "UnsupportedOperation", 400);
        assertThat(unsupported.path("message").asText()).contains("ListRoles");
    }

    private static void assertError(JsonNode error, String operation, String code, int status) {
        assertThat(error.isObject()).as("expected %s to fail with %s, summary: %s", operation, code, summary)
                .isTrue();
        assertThat(error.path("operation").asText()).isEqualTo(operation);
        assertThat(error.path("code").asText()).as(error.toString()).isEqualTo(code);
        assertThat(error.path("status").asInt()).as(error.toString()).isEqualTo(status);
        assertThat(error.path("retries").asInt()).as("retries of %s", operation).isZero();
    }
}
