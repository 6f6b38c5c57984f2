package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * Terraform with hashicorp/aws 5.100.0 on its default settings applies, re-plans and destroys a VPC with a
 * subnet, security groups with inline rules, standalone rules of both kinds, and the default-VPC data sources.
 */
class TerraformNetworkTest {
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CHANGE_TIMEOUT = Duration.ofMinutes(4);

    private static RunningGateway gateway;
    private static Credentials tenant;
    private static Terraform terraform;

    @BeforeAll
    static void prepare() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("terraform-network");
        terraform = Terraform.forStack(gateway, tenant, "network", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void applyReplanAndDestroyANetworkWithGroupsAndRules() throws Exception {
        terraform.run(INIT_TIMEOUT, "init", "-input=false").requireSuccess();
        terraform.run(CHANGE_TIMEOUT, "apply", "-auto-approve", "-input=false").requireSuccess();

        JsonNode outputs = new ObjectMapper().readTree(terraform.run(INIT_TIMEOUT, "output", "-json")
                .requireSuccess().stdout());
        String vpcId = outputs.path("vpc_id").path("value").asText();
        String webId = outputs.path("web_group_id").path("value").asText();
        String dbId = outputs.path("db_group_id").path("value").asText();
        assertThat(outputs.path("default_subnet_count").path("value").asInt()).isEqualTo(3);
        assertThat(outputs.path("main_route_table_id").path("value").asText()).startsWith("rtb-");
        String gatewayId = outputs.path("internet_gateway_id").path("value").asText();
        String tableId = outputs.path("public_route_table_id").path("value").asText();
        String subnetId = outputs.path("subnet_id").path("value").asText();

        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertThat(ec2.describeVpcs(r -> r.filters(filter("tag:Name", "tf-main"))).vpcs())
                    .singleElement().satisfies(vpc -> assertThat(vpc.vpcId()).isEqualTo(vpcId));
            assertThat(ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpcId))).subnets())
                    .singleElement().satisfies(subnet -> assertThat(subnet.mapPublicIpOnLaunch()).isTrue());
            SecurityGroup web = ec2.describeSecurityGroups(r -> r.groupIds(webId)).securityGroups().getFirst();
            assertThat(web.ipPermissions()).extracting(IpPermission::fromPort).containsExactlyInAnyOrder(443, 22);
            SecurityGroup db = ec2.describeSecurityGroups(r -> r.groupIds(dbId)).securityGroups().getFirst();
            assertThat(db.ipPermissions()).extracting(IpPermission::ipProtocol)
                    .containsExactlyInAnyOrder("tcp", "icmp");
            assertThat(db.ipPermissionsEgress()).singleElement().satisfies(permission ->
                    assertThat(permission.ipRanges().getFirst().cidrIp()).isEqualTo("10.60.0.0/16"));

            assertThat(ec2.describeInternetGateways(r -> r.internetGatewayIds(gatewayId)).internetGateways())
                    .singleElement().satisfies(gateway -> assertThat(gateway.attachments().getFirst().vpcId())
                            .isEqualTo(vpcId));
            assertThat(ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", subnetId)))
                    .routeTables()).singleElement().satisfies(table -> {
                        assertThat(table.routeTableId()).isEqualTo(tableId);
                        assertThat(table.routes()).anySatisfy(route -> {
                            assertThat(route.gatewayId()).isEqualTo(gatewayId);
                            assertThat(route.destinationCidrBlock()).isEqualTo("0.0.0.0/0");
                            assertThat(route.stateAsString()).isEqualTo("active");
                        });
                    });

            ExternalTool.Outcome plan = terraform.run(CHANGE_TIMEOUT, "plan", "-detailed-exitcode", "-input=false");
            assertThat(plan.exitCode()).as("plan after apply must show no changes: %s", plan.describe()).isZero();

            terraform.run(CHANGE_TIMEOUT, "destroy", "-auto-approve", "-input=false").requireSuccess();
            assertThat(ec2.describeVpcs().vpcs()).singleElement()
                    .satisfies(vpc -> assertThat(vpc.isDefault()).isTrue());
            assertThat(ec2.describeSecurityGroups().securityGroups()).extracting(SecurityGroup::groupName)
                    .containsExactly("default");
            assertThat(ec2.describeInternetGateways().internetGateways()).singleElement()
                    .satisfies(gateway -> assertThat(gateway.internetGatewayId()).isNotEqualTo(gatewayId));
            assertThat(ec2.describeRouteTables().routeTables()).hasSize(1);
        }
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
