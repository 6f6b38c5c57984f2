package io.cloudgate.ec2.ops.network;

import static io.cloudgate.ec2.ops.network.NetworkTestbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.ops.network.groups.AuthorizeSecurityGroupIngress;
import io.cloudgate.ec2.ops.network.groups.CreateSecurityGroup;
import io.cloudgate.ec2.ops.network.groups.DescribeSecurityGroupRules;
import io.cloudgate.ec2.ops.network.groups.ModifySecurityGroupRules;
import io.cloudgate.ec2.ops.network.groups.UpdateSecurityGroupRuleDescriptionsEgress;
import io.cloudgate.ec2.ops.network.groups.UpdateSecurityGroupRuleDescriptionsIngress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleDescription;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleUpdate;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressRequest;

class SecurityGroupRuleEditsTest {
    private final NetworkTestbed bed = new NetworkTestbed();
    private final String groupId = new CreateSecurityGroup(bed.context).handle(CreateSecurityGroupRequest.builder()
            .groupName("edits").description("edits").build(), bed.tenant()).groupId();
    private final List<SecurityGroupRule> added = new AuthorizeSecurityGroupIngress(bed.context).handle(
            AuthorizeSecurityGroupIngressRequest.builder().groupId(groupId).ipPermissions(
                    IpPermission.builder().ipProtocol("tcp").fromPort(80).toPort(80)
                            .ipRanges(range -> range.cidrIp("10.0.0.0/8")).build(),
                    IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
                            .ipRanges(range -> range.cidrIp("10.0.0.0/8").description("tls")).build()).build(),
            bed.tenant()).securityGroupRules();

    @AfterEach
    void close() {
        bed.close();
    }

    private SecurityGroupRule rule(String ruleId) {
        return new DescribeSecurityGroupRules(bed.context).handle(DescribeSecurityGroupRulesRequest.builder()
                .securityGroupRuleIds(ruleId).build(), bed.tenant()).securityGroupRules().getFirst();
    }

    private void modify(String ruleId, SecurityGroupRuleRequest rule, Boolean dryRun) {
        new ModifySecurityGroupRules(bed.context).handle(ModifySecurityGroupRulesRequest.builder().groupId(groupId)
                .securityGroupRules(SecurityGroupRuleUpdate.builder().securityGroupRuleId(ruleId)
                        .securityGroupRule(rule).build()).dryRun(dryRun).build(), bed.tenant());
    }

    @Test
    void modifyReplacesARuleKeepingItsId() {
        String ruleId = added.getFirst().securityGroupRuleId();
        SecurityGroupRuleRequest http = SecurityGroupRuleRequest.builder().ipProtocol("tcp").fromPort(8080)
                .toPort(8081).cidrIpv4("192.168.0.0/16").description("proxy").build();
        errorCode(() -> modify(ruleId, http, true), "DryRunOperation");
        assertThat(rule(ruleId).fromPort()).isEqualTo(80);

        modify(ruleId, http, null);
        assertThat(rule(ruleId)).satisfies(changed -> {
            assertThat(changed.fromPort()).isEqualTo(8080);
            assertThat(changed.toPort()).isEqualTo(8081);
            assertThat(changed.cidrIpv4()).isEqualTo("192.168.0.0/16");
            assertThat(changed.description()).isEqualTo("proxy");
            assertThat(changed.isEgress()).isFalse();
        });
        SecurityGroupRuleRequest clash = SecurityGroupRuleRequest.builder().ipProtocol("tcp").fromPort(443)
                .toPort(443).cidrIpv4("10.0.0.0/8").build();
        errorCode(() -> modify(ruleId, clash, null), "InvalidPermission.Duplicate");
        errorCode(() -> modify("sgr-00000000000000000", http, null), "InvalidSecurityGroupRuleId.NotFound");
        errorCode(() -> modify("sgr-x", http, null), "InvalidSecurityGroupRuleId.Malformed");
        errorCode(() -> new ModifySecurityGroupRules(bed.context).handle(ModifySecurityGroupRulesRequest.builder()
                .groupId(groupId).securityGroupRules(SecurityGroupRuleUpdate.builder().securityGroupRuleId(ruleId)
                        .securityGroupRule(http).build()).build(), bed.other()), "InvalidGroup.NotFound");
    }

    @Test
    void descriptionsChangeByRuleIdOrByTraffic() {
        String httpId = added.getFirst().securityGroupRuleId();
        String tlsId = added.get(1).securityGroupRuleId();
        var ingress = new UpdateSecurityGroupRuleDescriptionsIngress(bed.context);
        ingress.handle(UpdateSecurityGroupRuleDescriptionsIngressRequest.builder().groupId(groupId)
                .securityGroupRuleDescriptions(SecurityGroupRuleDescription.builder().securityGroupRuleId(httpId)
                        .description("web").build()).build(), bed.tenant());
        assertThat(ingress.handle(UpdateSecurityGroupRuleDescriptionsIngressRequest.builder().groupId(groupId)
                .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
                        .ipRanges(range -> range.cidrIp("10.0.0.0/8")).build()).build(), bed.tenant()).returnValue())
                .isTrue();
        assertThat(rule(httpId).description()).isEqualTo("web");
        assertThat(rule(tlsId).description()).isNull();
        assertThat(rule(tlsId).fromPort()).isEqualTo(443);

        errorCode(() -> ingress.handle(UpdateSecurityGroupRuleDescriptionsIngressRequest.builder().groupId(groupId)
                .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                        .ipRanges(range -> range.cidrIp("10.0.0.0/8")).build()).build(), bed.tenant()),
                "InvalidPermission.NotFound");
        var egress = new UpdateSecurityGroupRuleDescriptionsEgress(bed.context);
        errorCode(() -> egress.handle(UpdateSecurityGroupRuleDescriptionsEgressRequest.builder().groupId(groupId)
                .securityGroupRuleDescriptions(SecurityGroupRuleDescription.builder().securityGroupRuleId(httpId)
                        .description("x").build()).build(), bed.tenant()), "InvalidSecurityGroupRuleId.NotFound");
        String egressId = new DescribeSecurityGroupRules(bed.context).handle(DescribeSecurityGroupRulesRequest
                .builder().filters(Filter.builder().name("group-id").values(groupId).build(),
                        Filter.builder().name("is-egress").values("true").build()).build(), bed.tenant())
                .securityGroupRules().getFirst().securityGroupRuleId();
        egress.handle(UpdateSecurityGroupRuleDescriptionsEgressRequest.builder().groupId(groupId)
                .securityGroupRuleDescriptions(SecurityGroupRuleDescription.builder().securityGroupRuleId(egressId)
                        .description("anywhere").build()).build(), bed.tenant());
        assertThat(rule(egressId).description()).isEqualTo("anywhere");
        assertThat(rule(egressId).securityGroupRuleId()).isEqualTo(egressId);
    }
}
