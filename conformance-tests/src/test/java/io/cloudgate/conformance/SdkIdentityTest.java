package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** STS and IAM through the AWS SDK for Java v2. */
class SdkIdentityTest {
    private static RunningGateway gateway;
    private static Credentials tenant;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("sdk-tenant");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void callerIdentityNamesTheAccountRoot() {
        try (StsClient sts = SdkClients.sts(gateway, tenant)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo(tenant.accountId()).hasSize(12);
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + tenant.accountId() + ":root");
            assertThat(identity.userId()).isEqualTo(tenant.accountId());
        }
    }

    @Test
    void userKeysSessionTokensAndRolesAllVerify() {
        try (IamClient iam = SdkClients.iam(gateway, tenant)) {
            var user = iam.createUser(r -> r.userName("alice").path("/team/")).user();
            assertThat(user.arn()).isEqualTo("arn:aws:iam::" + tenant.accountId() + ":user/team/alice");
            assertThat(user.userId()).startsWith("AIDA");
            AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();
            assertThat(key.accessKeyId()).startsWith("AKIA");
            Credentials alice = new Credentials(key.accessKeyId(), key.secretAccessKey(), null);

            try (StsClient asAlice = SdkClients.sts(gateway, alice)) {
                assertThat(asAlice.getCallerIdentity().arn()).isEqualTo(user.arn());
                var session = asAlice.getSessionToken(r -> r.durationSeconds(900)).credentials();
                assertThat(session.accessKeyId()).startsWith("ASIA");
                assertThat(session.expiration()).isAfter(java.time.Instant.now().plusSeconds(800));
                Credentials temporary = new Credentials(session.accessKeyId(), session.secretAccessKey(),
                        session.sessionToken());
                try (StsClient asSession = SdkClients.sts(gateway, temporary)) {
                    assertThat(asSession.getCallerIdentity().arn()).isEqualTo(user.arn());
                }
                Credentials forgedToken = new Credentials(session.accessKeyId(), session.secretAccessKey(), "forged");
                try (StsClient forged = SdkClients.sts(gateway, forgedToken)) {
                    assertThatThrownBy(forged::getCallerIdentity).isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
                }
                var assumed = asAlice.assumeRole(r -> r.roleArn("arn:aws:iam::" + tenant.accountId() + ":role/deployer")
                        .roleSessionName("ci-run"));
                assertThat(assumed.assumedRoleUser().arn())
                        .isEqualTo("arn:aws:sts::" + tenant.accountId() + ":assumed-role/deployer/ci-run");
                var roleCredentials = assumed.credentials();
                try (StsClient asRole = SdkClients.sts(gateway, new Credentials(roleCredentials.accessKeyId(),
                        roleCredentials.secretAccessKey(), roleCredentials.sessionToken()))) {
                    assertThat(asRole.getCallerIdentity().arn()).isEqualTo(assumed.assumedRoleUser().arn());
                }
                assertThatThrownBy(() -> asAlice.assumeRole(r -> r.roleArn("arn:aws:iam::999999999999:role/other")
                        .roleSessionName("x1"))).isInstanceOfSatisfying(AwsServiceException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(403);
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        });
            }

            iam.updateAccessKey(r -> r.userName("alice").accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
            assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata())
                    .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(StatusType.INACTIVE));
            try (StsClient inactive = SdkClients.sts(gateway, alice)) {
                assertThatThrownBy(inactive::getCallerIdentity).isInstanceOfSatisfying(AwsServiceException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
            }
            assertThatThrownBy(() -> iam.deleteUser(r -> r.userName("alice")))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict"));
            iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(key.accessKeyId()));
            iam.deleteUser(r -> r.userName("alice"));
            assertThatThrownBy(() -> iam.getUser(r -> r.userName("alice")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
                    });
        }
    }

    @Test
    void listUsersPagesInNameOrder() {
        try (IamClient iam = SdkClients.iam(gateway, tenant)) {
            for (String name : new String[] {"pager-c", "pager-a", "pager-b"}) {
                iam.createUser(r -> r.userName(name).path("/pager/"));
            }
            var first = iam.listUsers(r -> r.pathPrefix("/pager/").maxItems(2));
            assertThat(first.users()).extracting(u -> u.userName()).containsExactly("pager-a", "pager-b");
            assertThat(first.isTruncated()).isTrue();
            var second = iam.listUsers(r -> r.pathPrefix("/pager/").marker(first.marker()));
            assertThat(second.users()).extracting(u -> u.userName()).containsExactly("pager-c");
            assertThat(second.isTruncated()).isFalse();
            assertThatThrownBy(() -> iam.createUser(r -> r.userName("PAGER-A")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityAlreadyExists");
                    });
        }
    }

    @Test
    void oneAccountCannotSeeOrChangeAnother() throws Exception {
        Credentials other = gateway.createAccount("sdk-other");
        try (IamClient mine = SdkClients.iam(gateway, tenant); IamClient theirs = SdkClients.iam(gateway, other)) {
            mine.createUser(r -> r.userName("private-user"));
            AccessKey key = mine.createAccessKey(r -> r.userName("private-user")).accessKey();
            assertThat(theirs.listUsers().users()).extracting(u -> u.userName()).doesNotContain("private-user");
            assertThatThrownBy(() -> theirs.getUser(r -> r.userName("private-user")))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
            assertThatThrownBy(() -> theirs.deleteAccessKey(r -> r.accessKeyId(key.accessKeyId())))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
            assertThatThrownBy(() -> theirs.updateAccessKey(r -> r.accessKeyId(key.accessKeyId())
                    .status(StatusType.INACTIVE))).isInstanceOf(AwsServiceException.class);
            assertThat(mine.listAccessKeys(r -> r.userName("private-user")).accessKeyMetadata())
                    .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(StatusType.ACTIVE));
        }
        assertThat(gateway.adminCall("GET", "/_cloudgate/admin/accounts", null, other).get("_status").asInt())
                .isEqualTo(403);
    }

    @Test
    void badSignaturesAndUnsupportedOperationsAreClientErrors() {
        Credentials wrongSecret = new Credentials(tenant.accessKeyId(), "not-the-secret", null);
        try (StsClient sts = SdkClients.sts(gateway, wrongSecret)) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(AwsServiceException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            });
        }
        try (IamClient iam = SdkClients.iam(gateway, tenant)) {
            assertThatThrownBy(iam::listRoles).isInstanceOfSatisfying(AwsServiceException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperation");
                assertThat(e.awsErrorDetails().errorMessage()).contains("ListRoles");
            });
        }
    }
}
