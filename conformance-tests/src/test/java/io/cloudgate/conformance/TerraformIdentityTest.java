package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings (credential validation and account-id
 * lookup on) creates, re-plans and destroys an IAM user and access key on the gateway.
 */
class TerraformIdentityTest {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(3);

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static Terraform terraform;

    @BeforeAll
    static void prepare() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("terraform-tenant");
        terraform = Terraform.forStack(gateway, tenant, "identity", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void applyReplanAndDestroyAnIamUserWithAKey() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        terraform.run(CHANGE_TIMEOUT, "apply", "-auto-approve", "-input=false").requireSuccess();

        JsonNode outputs = new ObjectMapper().readTree(terraform.run(INIT_TIMEOUT, "output", "-json")
                .requireSuccess().stdout());
        String userArn = "arn:aws:iam::" + tenant.accountId() + ":user/terraform/tf-deployer";
        assertThat(outputs.path("account_id").path("value").asText()).isEqualTo(tenant.accountId());
        assertThat(outputs.path("user_arn").path("value").asText()).isEqualTo(userArn);
        String keyId = outputs.path("access_key_id").path("value").asText();
        assertThat(keyId).startsWith("AKIA");

        try (IamClient iam = SdkClients.iam(gateway, tenant)) {
            assertThat(iam.getUser(r -> r.userName("tf-deployer")).user().arn()).isEqualTo(userArn);
            assertThat(iam.listAccessKeys(r -> r.userName("tf-deployer")).accessKeyMetadata())
                    .extracting(AccessKeyMetadata::accessKeyId).containsExactly(keyId);
            Credentials created = new Credentials(keyId, outputs.path("secret_access_key").path("value").asText(),
                    null);
            try (StsClient asDeployer = SdkClients.sts(gateway, created)) {
                assertThat(asDeployer.getCallerIdentity().arn()).isEqualTo(userArn);
            }

            ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, "plan", "-detailed-exitcode", "-input=false");
            assertThat(plan.exitCode()).as("plan after apply must show no changes: %s", plan.describe()).isZero();

            terraform.run(CHANGE_TIMEOUT, "destroy", "-auto-approve", "-input=false").requireSuccess();
            assertThatThrownBy(() -> iam.getUser(r -> r.userName("tf-deployer")))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
    }
}
