package io.cloudgate.conformance;

import static io.cloudgate.conformance.OpenStackGateway.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The EC2 SDK against a gateway in OpenStack mode on a real OpenStack (see {@link OpenStackGateway}; run where
 * OpenStack's packages are installed): the catalog, key pairs, security groups, an instance's whole life with filters, tags,
 * console output and an elastic IP (a floating IP), tenant isolation, and volumes refused as this cloud has no Cinder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenStackEc2SdkTest {
    private RunningGateway gateway;
    private Credentials tenant;
    private Credentials stranger;

    @BeforeAll
    void start() throws Exception {
        gateway = OpenStackGateway.start();
        tenant = gateway.createAccount("openstack-tenant");
        stranger = gateway.createAccount("openstack-stranger");
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theCatalogIsTheCloudsZonesImagesAndFlavors() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertThat(ec2.describeAvailabilityZones().availabilityZones())
                    .anySatisfy(zone -> assertThat(zone.zoneName()).isEqualTo("nova"));
            assertThat(ec2.describeImages(r -> r.filters(filter("name", "cirros-0.6-*"))).images())
                    .extracting(image -> image.name() + "/" + image.architectureAsString())
                    .containsExactlyInAnyOrder("cirros-0.6-x86_64/x86_64", "cirros-0.6-aarch64/arm64");
            // t3.micro is m1.micro of openstack/seed.py: 2 vCPUs, 1 GiB.
            assertThat(ec2.describeInstanceTypes(r -> r.instanceTypes(InstanceType.T3_MICRO)).instanceTypes())
                    .singleElement().satisfies(type -> {
                        assertThat(type.vCpuInfo().defaultVCpus()).isEqualTo(2);
                        assertThat(type.memoryInfo().sizeInMiB()).isEqualTo(1024);
                    });
            assertThat(ec2.describeVpcs().vpcs()).anySatisfy(vpc -> assertThat(vpc.isDefault()).isTrue());
        }
    }

    @Test
    void anInstanceLivesItsWholeLifeOnNova() throws Exception {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String image = image(ec2);
            assertThat(ec2.createKeyPair(r -> r.keyName("os-sdk-key")).keyMaterial()).contains("PRIVATE KEY");
            String group = ec2.createSecurityGroup(r -> r.groupName("os-sdk-web").description("web")).groupId();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(
                    tcp(22).ipRanges(range -> range.cidrIp("10.0.0.0/8")).build(),
                    tcp(443).userIdGroupPairs(pair -> pair.groupId(group)).build()));
            ec2.revokeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(
                    tcp(443).userIdGroupPairs(pair -> pair.groupId(group)).build()));
            assertThat(ec2.describeSecurityGroups(r -> r.groupIds(group)).securityGroups().getFirst().ipPermissions())
                    .singleElement().satisfies(rule -> {
                        assertThat(rule.fromPort()).isEqualTo(22);
                        assertThat(rule.ipRanges()).singleElement()
                                .satisfies(range -> assertThat(range.cidrIp()).isEqualTo("10.0.0.0/8"));
                    });

            String id = ec2.runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1)
                    .maxCount(1).keyName("os-sdk-key").securityGroupIds(group)
                    .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE).tags(tag("Name", "os-sdk-web"))))
                    .instances().getFirst().instanceId();
            Instance running = ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), PATIENT).matched()
                    .response().orElseThrow().reservations().getFirst().instances().getFirst();
            assertThat(running.keyName()).isEqualTo("os-sdk-key");
            assertThat(running.securityGroups()).extracting(g -> g.groupId()).containsExactly(group);
            assertThat(running.placement().availabilityZone()).isEqualTo("nova");
            assertThat(running.privateIpAddress()).isNotBlank();
            assertThat(ids(ec2, filter("tag:Name", "os-sdk-*"), filter("instance-state-name", "running"),
                    filter("instance-type", "t3.micro"))).containsExactly(id);
            assertThat(ids(ec2, filter("tag:Name", "os-sdk-*"), filter("instance-type", "t3.small"))).isEmpty();

            ec2.createTags(r -> r.resources(id).tags(tag("env", "prod")));
            assertThat(ids(ec2, filter("tag:env", "prod"))).containsExactly(id);
            assertThat(ec2.describeTags(r -> r.filters(filter("resource-id", id))).tags())
                    .extracting(t -> t.key() + "=" + t.value()).containsExactlyInAnyOrder("Name=os-sdk-web", "env=prod");
            ec2.deleteTags(r -> r.resources(id).tags(Tag.builder().key("env").build()));
            assertThat(ids(ec2, filter("tag:env", "prod"))).isEmpty();

            String console = new String(Base64.getDecoder().decode(ec2.getConsoleOutput(r -> r.instanceId(id))
                    .output()), StandardCharsets.UTF_8);
            assertThat(console).contains("Cloud-init").contains(running.privateIpAddress());

            ec2.stopInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilInstanceStopped(r -> r.instanceIds(id), PATIENT);
            ec2.startInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id), PATIENT);

            var address = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
            String association = ec2.associateAddress(r -> r.instanceId(id).allocationId(address.allocationId()))
                    .associationId();
            assertThat(instance(ec2, id).publicIpAddress()).isEqualTo(address.publicIp());
            ec2.disassociateAddress(r -> r.associationId(association));
            ec2.releaseAddress(r -> r.allocationId(address.allocationId()));

            assertError(() -> other.describeInstances(r -> r.instanceIds(id)), "InvalidInstanceID.NotFound");
            assertError(() -> other.terminateInstances(r -> r.instanceIds(id)), "InvalidInstanceID.NotFound");
            assertThat(other.describeSecurityGroups().securityGroups()).extracting(g -> g.groupId())
                    .doesNotContain(group);
            projectsServeOneTenant();

            ec2.terminateInstances(r -> r.instanceIds(id));
            ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(id), PATIENT);
            assertThat(instance(ec2, id).state().name()).isEqualTo(InstanceStateName.TERMINATED);
            ec2.deleteSecurityGroup(r -> r.groupId(group));
            ec2.deleteKeyPair(r -> r.keyName("os-sdk-key"));
            assertThat(ec2.describeKeyPairs().keyPairs()).isEmpty();
        }
    }

    @Test
    void volumesAreRefusedWithAwsErrorsOnACloudWithoutCinder() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertThat(ec2.describeVolumes().volumes()).isEmpty();
            assertThatThrownBy(() -> ec2.createVolume(r -> r.availabilityZone("nova").size(1)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("no block-storage service");
                    });
            assertError(() -> ec2.createSnapshot(r -> r.volumeId("vol-0123456789abcdef0")), "InvalidVolume.NotFound");
        }
    }

    /** The tenant's project (made on its first call) is shown to the operator and cannot be linked to another. */
    private void projectsServeOneTenant() throws Exception {
        JsonNode link = gateway.adminCall("GET", "/_cloudgate/admin/accounts/" + tenant.accountId() + "/openstack",
                null, gateway.admin());
        assertThat(link.path("projectId").asText()).isNotBlank();
        JsonNode refused = gateway.adminCall("PUT", "/_cloudgate/admin/accounts/" + stranger.accountId()
                + "/openstack", "{\"projectId\":\"" + link.path("projectId").asText() + "\"}", gateway.admin());
        assertThat(refused.path("_status").asInt()).isEqualTo(409);
        assertThat(refused.path("message").asText()).contains(tenant.accountId());
    }

    private static String image(Ec2Client ec2) {
        return ec2.describeImages(r -> r.filters(filter("name", "cirros-0.6-x86_64"))).images().getFirst().imageId();
    }

    private static Instance instance(Ec2Client ec2, String id) {
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().getFirst().instances().getFirst();
    }

    private static List<String> ids(Ec2Client ec2, Filter... filters) {
        return ec2.describeInstances(r -> r.filters(filters)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream()).map(Instance::instanceId).toList();
    }

    private static IpPermission.Builder tcp(int port) {
        return IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port);
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static void assertError(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
