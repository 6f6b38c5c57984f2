package io.cloudgate.compute.cloudstack;

import static io.cloudgate.compute.cloudstack.Exchanges.list;
import static io.cloudgate.compute.cloudstack.Exchanges.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudstack.client.Recording;
import io.cloudgate.compute.FirewallRule;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.SecurityGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The keys_and_sgs scenario through the port: key pairs listed, groups created, rules authorized and revoked. */
class SecurityGroupsExpectTest {
    private static final String DIR = "recordings/keys_and_sgs/";
    private static final String WEB = "0cf51d3b-c0f7-40e0-9a7a-91262d840741";
    private static final String APP = Exchanges.object(DIR + "013-createSecurityGroup.json", "securitygroup")
            .path("id").asText();
    private final ReplayFixture fixture = new ReplayFixture(5);
    private final String tenant = ReplayFixture.TENANT;

    @Test
    void keyPairsAreListedWithTheirFingerprints() {
        fixture.replay.expect(DIR + "004-listSSHKeyPairs.json");
        List<KeyPair> keys = fixture.compute.keyPairs().list(tenant);
        assertThat(keys).extracting(KeyPair::name)
                .contains("rec-created-key", "rec-imported-rsa", "rec-imported-ed25519");
        assertThat(keys).allSatisfy(key -> assertThat(key.id()).isNotBlank());
    }

    @Test
    void groupsAndRulesMapBothWays() {
        Recording webGroup = list("listSecurityGroups", Map.of(), "securitygroup",
                object(DIR + "012-createSecurityGroup.json", "securitygroup"));
        Recording twoGroups = list("listSecurityGroups", Map.of(), "securitygroup",
                object(DIR + "012-createSecurityGroup.json", "securitygroup"),
                object(DIR + "013-createSecurityGroup.json", "securitygroup"));
        // Each new group gets EC2's allow-all egress rule: the recorded "all" egress rule, for 0.0.0.0/0.
        fixture.replay.expect(DIR + "012-createSecurityGroup.json").expect(allEgress(WEB)).expect(webGroup);
        SecurityGroup web = fixture.compute.securityGroups().create(tenant, DefaultNetwork.networkId(tenant),
                "rec-web", "web tier (recorder)");
        fixture.replay.expect(DIR + "013-createSecurityGroup.json").expect(allEgress(APP)).expect(twoGroups);
        SecurityGroup app = fixture.compute.securityGroups().create(tenant, DefaultNetwork.networkId(tenant),
                "rec-app", "app tier (recorder)");
        assertThat(web.id()).isEqualTo(WEB);
        assertThat(web.name()).isEqualTo("rec-web");
        assertThat(app.id()).isEqualTo(APP);
        assertThat(fixture.replay.remaining()).isZero();

        // The groups just listed are still fresh: the rules are checked against them without another call.
        fixture.replay.expect(DIR + "014-authorizeSecurityGroupIngress.json",
                DIR + "015-queryAsyncJobResult.json", DIR + "016-queryAsyncJobResult.json",
                DIR + "017-authorizeSecurityGroupIngress.json", DIR + "018-queryAsyncJobResult.json",
                DIR + "019-queryAsyncJobResult.json");
        List<FirewallRule> ingress = fixture.compute.securityGroups().authorize(tenant, WEB, true, List.of(
                new FirewallRule(null, "tcp", 22, 22, "0.0.0.0/0", null, null, null),
                new FirewallRule(null, "tcp", 80, 80, null, null, app.id(), null)));
        assertThat(fixture.replay.remaining()).isZero();
        assertThat(ingress).anySatisfy(rule -> assertThat(rule.groupId()).isEqualTo(app.id()));

        fixture.replay.expect(twoGroups).expect(DIR + "026-authorizeSecurityGroupEgress.json",
                DIR + "027-queryAsyncJobResult.json", DIR + "028-queryAsyncJobResult.json");
        List<FirewallRule> egress = fixture.compute.securityGroups().authorize(tenant, WEB, false,
                List.of(new FirewallRule(null, "tcp", 443, 443, "0.0.0.0/0", null, null, null)));
        assertThat(egress).anySatisfy(rule -> assertThat(rule.fromPort()).isEqualTo(443));

        fixture.replay.expect(DIR + "032-listSecurityGroups.json");
        SecurityGroup listed = fixture.compute.securityGroups().find(tenant, WEB).orElseThrow();
        assertThat(listed.ingress()).anySatisfy(rule -> {
            assertThat(rule.protocol()).isEqualTo("udp");
            assertThat(rule.fromPort()).isEqualTo(1000);
            assertThat(rule.toPort()).isEqualTo(2000);
        });
        assertThat(listed.ingress()).anySatisfy(rule -> {
            assertThat(rule.protocol()).isEqualTo("icmp");
            assertThat(rule.cidrV4()).isEqualTo("10.0.0.0/8");
        });
        assertThat(listed.egress()).anySatisfy(rule -> assertThat(rule.protocol()).isEqualTo("-1"));

        // The list just read is still fresh: the revoke finds the rule's id in it.
        fixture.replay.expect(DIR + "035-revokeSecurityGroupIngress.json",
                DIR + "036-queryAsyncJobResult.json", DIR + "037-queryAsyncJobResult.json");
        fixture.compute.securityGroups().revoke(tenant, WEB, true,
                List.of(new FirewallRule(null, "tcp", 22, 22, "0.0.0.0/0", null, null, null)));

        fixture.replay.expect(DIR + "032-listSecurityGroups.json", DIR + "042-deleteSecurityGroup.json");
        fixture.compute.securityGroups().delete(tenant, WEB);
        assertThat(fixture.replay.remaining()).isZero();
    }

    /** The recorded "all" egress rule (029..031) asked for 0.0.0.0/0 on the group. */
    private static Recording[] allEgress(String group) {
        return new Recording[] {
            Recording.load(DIR + "029-authorizeSecurityGroupEgress.json")
                    .withParams(Map.of("securitygroupid", group, "cidrlist", "0.0.0.0/0")),
            Recording.load(DIR + "030-queryAsyncJobResult.json"), Recording.load(DIR + "031-queryAsyncJobResult.json")};
    }
}
