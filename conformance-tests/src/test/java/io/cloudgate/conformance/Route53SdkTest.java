package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.AccountLimitType;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.HostedZoneAlreadyExistsException;
import software.amazon.awssdk.services.route53.model.HostedZoneLimitType;
import software.amazon.awssdk.services.route53.model.HostedZoneNotEmptyException;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.InvalidVpcIdException;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/**
 * Every Route 53 operation and its common errors through the SDK for Java v2; answers checked by DNS queries.
 * Subclasses run the same tests with another DNS backend behind the gateway (see {@link #startGateway()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Route53SdkTest {
    private RunningGateway gateway;
    private Route53Client route53;
    private Route53Client other;

    @BeforeAll
    void start() throws Exception {
        gateway = startGateway();
        Credentials tenant = gateway.createAccount("route53-tenant");
        route53 = SdkClients.route53(gateway, tenant);
        other = SdkClients.route53(gateway, gateway.createAccount("route53-other"));
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            route53.close();
            other.close();
            gateway.close();
        }
    }

    /** The gateway under test; this class runs it with the embedded DNS server. */
    RunningGateway startGateway() throws Exception {
        return RunningGateway.start();
    }

    @Test
    void zonesAreCreatedReadListedCountedCommentedAndDeleted() throws Exception {
        try (Route53Client route53 = SdkClients.route53(gateway, gateway.createAccount("route53-zones"))) {
            zoneLifecycle(route53);
        }
    }

    private void zoneLifecycle(Route53Client route53) {
        CreateHostedZoneResponse created = route53.createHostedZone(b -> b.name("zones.example").callerReference("z1")
                .hostedZoneConfig(c -> c.comment("first")));
        String id = created.hostedZone().id();
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(id).as("the SDK strips /hostedzone/").matches("Z[A-Z0-9]{13,21}");
        assertThat(created.location()).endsWith("/hostedzone/" + id);
        assertThat(created.delegationSet().nameServers()).hasSize(4);
        assertThat(created.hostedZone().resourceRecordSetCount()).isEqualTo(2);
        assertThatThrownBy(() -> route53.createHostedZone(b -> b.name("again.example").callerReference("z1")))
                .isInstanceOf(HostedZoneAlreadyExistsException.class);

        CreateHostedZoneResponse privateZone = route53.createHostedZone(b -> b.name("internal.example")
                .callerReference("z2").vpc(v -> v.vpcId("vpc-0123456789abcdef0").vpcRegion(VPCRegion.US_EAST_1)));
        assertThat(privateZone.hostedZone().config().privateZone()).isTrue();
        assertThat(route53.getHostedZone(b -> b.id(privateZone.hostedZone().id())).vpCs())
                .extracting(v -> v.vpcId()).containsExactly("vpc-0123456789abcdef0");
        assertThatThrownBy(() -> route53.createHostedZone(b -> b.name("bad.example").callerReference("z3")
                .vpc(v -> v.vpcId("vpc-nope").vpcRegion(VPCRegion.US_EAST_1))))
                .isInstanceOf(InvalidVpcIdException.class).hasMessageContaining("The VPC ID is invalid.");

        assertThat(route53.getHostedZone(b -> b.id(id)).hostedZone().config().comment()).isEqualTo("first");
        assertThat(route53.updateHostedZoneComment(b -> b.id(id).comment("second")).hostedZone().config().comment())
                .isEqualTo("second");
        assertThat(route53.listHostedZones().hostedZones()).extracting(HostedZone::id)
                .contains(id, privateZone.hostedZone().id());
        assertThat(route53.listHostedZonesByName(b -> b.dnsName("internal.example")).hostedZones())
                .extracting(HostedZone::name).containsExactly("internal.example.", "zones.example.");
        assertThat(route53.getHostedZoneCount().hostedZoneCount()).isEqualTo(2);
        assertThat(route53.getHostedZoneLimit(b -> b.hostedZoneId(id).type(HostedZoneLimitType.MAX_RRSETS_BY_ZONE))
                .count()).isEqualTo(2);
        assertThat(route53.getAccountLimit(b -> b.type(AccountLimitType.MAX_HOSTED_ZONES_BY_OWNER)).count())
                .isEqualTo(2);

        assertThatThrownBy(() -> other.getHostedZone(b -> b.id(id))).isInstanceOf(NoSuchHostedZoneException.class)
                .hasMessageContaining("No hosted zone found with ID: " + id);
        route53.deleteHostedZone(b -> b.id(privateZone.hostedZone().id()));
        route53.deleteHostedZone(b -> b.id(id));
        assertThat(route53.getHostedZoneCount().hostedZoneCount()).isZero();
    }

    @Test
    void recordSetsAnswerInDnsAndChangesTurnInsync() throws Exception {
        String zone = route53.createHostedZone(b -> b.name("records.example").callerReference("r1")).hostedZone().id();
        String changeId = change(zone, ChangeAction.CREATE, set("www.records.example", RRType.A, "192.0.2.1"),
                set("records.example", RRType.MX, "10 mail.records.example."),
                set("txt.records.example.", RRType.TXT, "\"hello world\"", "\"second\""),
                set("alias.records.example", RRType.CNAME, "www.records.example."));
        assertThat(route53.getChange(b -> b.id(changeId)).changeInfo().status()).isEqualTo(ChangeStatus.INSYNC);
        assertThat(answers("www.records.example.", Type.A)).containsExactly("192.0.2.1");
        assertThat(answers("records.example.", Type.MX)).containsExactly("10 mail.records.example.");
        assertThat(answers("txt.records.example.", Type.TXT)).containsExactlyInAnyOrder("\"hello world\"",
                "\"second\"");

        change(zone, ChangeAction.UPSERT, set("www.records.example", RRType.A, "192.0.2.2"));
        assertThat(answers("www.records.example.", Type.A)).containsExactly("192.0.2.2");
        assertThat(route53.testDNSAnswer(b -> b.hostedZoneId(zone).recordName("www.records.example")
                .recordType(RRType.A)).recordData()).containsExactly("192.0.2.2");

        ListResourceRecordSetsResponse page = route53.listResourceRecordSets(b -> b.hostedZoneId(zone).maxItems("3"));
        assertThat(page.resourceRecordSets()).extracting(s -> s.name() + " " + s.typeAsString())
                .containsExactly("records.example. MX", "records.example. NS", "records.example. SOA");
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextRecordName()).isEqualTo("alias.records.example.");
        assertThat(route53.listResourceRecordSets(b -> b.hostedZoneId(zone).startRecordName(page.nextRecordName())
                .startRecordType(page.nextRecordType())).resourceRecordSets())
                .extracting(ResourceRecordSet::name)
                .containsExactly("alias.records.example.", "txt.records.example.", "www.records.example.");

        assertThatThrownBy(() -> route53.deleteHostedZone(b -> b.id(zone)))
                .isInstanceOf(HostedZoneNotEmptyException.class);
        change(zone, ChangeAction.DELETE, set("alias.records.example", RRType.CNAME, "www.records.example."));
        assertThat(answers("alias.records.example.", Type.CNAME)).isEmpty();
    }

    @Test
    void invalidBatchesChangeNothingAndSayWhy() throws Exception {
        String zone = route53.createHostedZone(b -> b.name("errors.example").callerReference("e1")).hostedZone().id();
        change(zone, ChangeAction.CREATE, set("x.errors.example", RRType.A, "192.0.2.1"));
        assertThatThrownBy(() -> change(zone, ChangeAction.CREATE, set("y.errors.example", RRType.A, "192.0.2.2"),
                set("x.errors.example", RRType.A, "192.0.2.3")))
                .isInstanceOf(InvalidChangeBatchException.class)
                .hasMessageContaining("Tried to create resource record set [name='x.errors.example.', type='A'] but "
                        + "it already exists");
        assertThat(answers("y.errors.example.", Type.A)).isEmpty();
        assertThatThrownBy(() -> change(zone, ChangeAction.CREATE, set("x.other.example", RRType.A, "192.0.2.1")))
                .isInstanceOf(InvalidChangeBatchException.class)
                .hasMessageContaining("RRSet with DNS name x.other.example. is not permitted in zone errors.example.");
        assertThatThrownBy(() -> change("/hostedzone/ZNOSUCHZONE0000", ChangeAction.CREATE,
                set("x.errors.example", RRType.A, "192.0.2.1"))).isInstanceOf(NoSuchHostedZoneException.class);
        assertThatThrownBy(() -> other.listResourceRecordSets(b -> b.hostedZoneId(zone)))
                .isInstanceOf(NoSuchHostedZoneException.class);
    }

    @Test
    void tagsAreChangedAndListed() {
        String zone = route53.createHostedZone(b -> b.name("tags.example").callerReference("t1")).hostedZone().id();
        String bare = zone;
        route53.changeTagsForResource(b -> b.resourceType(TagResourceType.HOSTEDZONE).resourceId(bare)
                .addTags(Tag.builder().key("team").value("blue").build(), Tag.builder().key("env").value("x").build()));
        route53.changeTagsForResource(b -> b.resourceType(TagResourceType.HOSTEDZONE).resourceId(bare)
                .removeTagKeys("env"));
        assertThat(route53.listTagsForResource(b -> b.resourceType(TagResourceType.HOSTEDZONE).resourceId(bare))
                .resourceTagSet().tags()).containsExactly(Tag.builder().key("team").value("blue").build());
        assertThat(route53.listTagsForResources(b -> b.resourceType(TagResourceType.HOSTEDZONE).resourceIds(bare))
                .resourceTagSets()).hasSize(1);
        assertThatThrownBy(() -> other.listTagsForResource(b -> b.resourceType(TagResourceType.HOSTEDZONE)
                .resourceId(bare))).isInstanceOf(NoSuchHostedZoneException.class);
    }

    private String change(String zone, ChangeAction action, ResourceRecordSet... sets) {
        List<Change> changes = Arrays.stream(sets).map(s -> Change.builder().action(action).resourceRecordSet(s)
                .build()).toList();
        return route53.changeResourceRecordSets(b -> b.hostedZoneId(zone).changeBatch(c -> c.changes(changes)))
                .changeInfo().id();
    }

    private static ResourceRecordSet set(String name, RRType type, String... values) {
        return ResourceRecordSet.builder().name(name).type(type).ttl(60L)
                .resourceRecords(Arrays.stream(values).map(v -> ResourceRecord.builder().value(v).build()).toList())
                .build();
    }

    private List<String> answers(String name, int type) throws Exception {
        SimpleResolver resolver = new SimpleResolver(gateway.dnsEndpoint());
        Message answer = resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
        assertThat(answer.getRcode()).isIn(Rcode.NOERROR, Rcode.NXDOMAIN);
        return answer.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type)
                .map(Record::rdataToString).toList();
    }
}
