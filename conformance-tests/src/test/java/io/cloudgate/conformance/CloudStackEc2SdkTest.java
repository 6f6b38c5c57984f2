package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;

/**
 * The EC2 SDK against a gateway on a real CloudStack, given in the environment:
 * CLOUDGATE_CLOUDSTACK_ENDPOINT, _API_KEY, _SECRET_KEY (an admin key), _ACCOUNT and _DOMAIN_ID (the CloudStack
 * account the test tenant is linked to; it should be empty of resources named cg-conformance-*), and
 * _INSTANCE_TYPE (the service offering used for t3.micro). Without them the test is skipped with a notice.
 */
class CloudStackEc2SdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] REQUIRED = {"ENDPOINT", "API_KEY", "SECRET_KEY", "ACCOUNT", "DOMAIN_ID",
            "INSTANCE_TYPE"};

    @Test
    void ec2WorksOnTheCloudStackAsOnTheEmbeddedCloud() throws Exception {
        Map<String, String> env = System.getenv();
        for (String name : REQUIRED) {
            if (env.get("CLOUDGATE_CLOUDSTACK_" + name) == null) {
                String notice = "CloudStackEc2SdkTest skipped: set CLOUDGATE_CLOUDSTACK_" + String.join(", _", REQUIRED)
                        + " to run the EC2 SDK tests against a CloudStack";
                System.out.println(notice);
                Assumptions.abort(notice);
            }
        }
        Path config = Files.createTempFile("cloudstack", ".properties");
        Files.writeString(config, "endpoint=" + env.get("CLOUDGATE_CLOUDSTACK_ENDPOINT") + "\napiKey="
                + env.get("CLOUDGATE_CLOUDSTACK_API_KEY") + "\nsecretKey=" + env.get("CLOUDGATE_CLOUDSTACK_SECRET_KEY")
                + "\ninstanceType.t3.micro=" + env.get("CLOUDGATE_CLOUDSTACK_INSTANCE_TYPE") + "\n"
                + "pollIntervalSeconds=1\n");
        try (RunningGateway gateway = RunningGateway.start("--backend", "cloudstack", "--cloudstack-config",
                config.toString())) {
            RunningGateway.Credentials tenant = gateway.createAccount("cloudstack-tenant");
            JsonNode linked = gateway.adminCall("PUT", "/_cloudgate/admin/accounts/" + tenant.accountId()
                    + "/cloudstack", JSON.createObjectNode().put("account", env.get("CLOUDGATE_CLOUDSTACK_ACCOUNT"))
                    .put("domainId", env.get("CLOUDGATE_CLOUDSTACK_DOMAIN_ID")).toString(), gateway.admin());
            assertThat(linked.get("_status").asInt()).isEqualTo(200);
            try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
                exercise(ec2);
            }
        }
    }

    private static void exercise(Ec2Client ec2) throws InterruptedException {
        assertThat(ec2.describeAvailabilityZones().availabilityZones()).isNotEmpty();
        assertThat(ec2.describeInstanceTypes(r -> r.instanceTypes(InstanceType.T3_MICRO)).instanceTypes())
                .singleElement().satisfies(t -> assertThat(t.vCpuInfo().defaultVCpus()).isPositive());
        Image image = ec2.describeImages(r -> r.owners("amazon")).images().stream().findFirst()
                .orElseGet(() -> ec2.describeImages().images().get(0));

        String group = ec2.createSecurityGroup(r -> r.groupName("cg-conformance-sg").description("conformance"))
                .groupId();
        String instance = null;
        try {
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder()
                    .ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(x -> x.cidrIp("10.0.0.0/8")).build()));
            assertThat(ec2.describeSecurityGroups(r -> r.groupIds(group)).securityGroups().get(0).ipPermissions())
                    .anySatisfy(p -> assertThat(p.fromPort()).isEqualTo(22));
            ec2.createKeyPair(r -> r.keyName("cg-conformance-key"));
            instance = ec2.runInstances(r -> r.imageId(image.imageId()).instanceType(InstanceType.T3_MICRO)
                    .minCount(1).maxCount(1).keyName("cg-conformance-key").securityGroupIds(group))
                    .instances().get(0).instanceId();
            assertThat(awaitState(ec2, instance, InstanceStateName.RUNNING).keyName()).isEqualTo("cg-conformance-key");
            String running = instance;
            ec2.stopInstances(r -> r.instanceIds(running));
            awaitState(ec2, instance, InstanceStateName.STOPPED);
        } finally {
            if (instance != null) {
                String launched = instance;
                ec2.terminateInstances(r -> r.instanceIds(launched));
                awaitState(ec2, instance, InstanceStateName.TERMINATED);
            }
            ec2.deleteKeyPair(r -> r.keyName("cg-conformance-key"));
            ec2.deleteSecurityGroup(r -> r.groupId(group));
        }
    }

    private static Instance awaitState(Ec2Client ec2, String id, InstanceStateName state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            Instance instance = ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
            if (instance.state().name() == state || Instant.now().isAfter(deadline)) {
                assertThat(instance.state().name()).isEqualTo(state);
                return instance;
            }
            Thread.sleep(2000);
        }
    }
}
