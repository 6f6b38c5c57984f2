package io.cloudgate.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.dns.embedded.EmbeddedDns;
import io.cloudgate.route53.health.HealthStatuses;
import io.cloudgate.route53.serving.AliasTargets;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeBatch;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.DeleteHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetChangeRequest;
import software.amazon.awssdk.services.route53.model.GetChangeResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** The service over an in-memory store and the real embedded DNS server, answers checked by DNS queries. */
class Route53ServiceTest {
    private static final String ACCOUNT = "111111111111";
    private static final String OTHER = "222222222222";

    private final Map<String, Boolean> health = new ConcurrentHashMap<>();
    private final List<HealthStatuses.Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private DocumentStore store;
    private EmbeddedDns dns;
    private AwsService service;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        store = MvStoreDocumentStore.inMemory(clock);
        dns = EmbeddedDns.open(store, clock, new InetSocketAddress("127.0.0.1", 0));
        HealthStatuses statuses = new HealthStatuses() {
            @Override
            public boolean isHealthy(String account, String id) {
                return health.getOrDefault(id, true);
            }

            @Override
            public void onChange(Listener listener) {
                listeners.add(listener);
            }
        };
        service = Route53Service.create(new Route53Context(store, dns, statuses,
                (account, id) -> account.equals(ACCOUNT) && id.startsWith("hc-"), account -> 0, List.of(),
                check -> { }, AliasTargets.NONE, "dns.test", clock));
    }

    @AfterEach
    void stop() {
        dns.close();
        store.close();
    }

    @Test
    void aZoneIsServedWithSoaAndNsAndACallerReferenceIsUsedOnce() throws Exception {
        CreateHostedZoneResponse created = createZone("Example.com", "ref-1");
        assertThat(created.hostedZone().id()).matches("/hostedzone/Z[A-Z0-9]{13,21}");
        assertThat(created.hostedZone().name()).isEqualTo("example.com.");
        assertThat(created.hostedZone().resourceRecordSetCount()).isEqualTo(2);
        assertThat(created.delegationSet().nameServers()).as("without the trailing dot, as AWS lists them")
                .containsExactly("ns-1.dns.test", "ns-2.dns.test", "ns-3.dns.test", "ns-4.dns.test");
        assertThat(created.location()).endsWith("/2013-04-01/hostedzone/" + created.hostedZone().id().substring(12));
        assertThat(rdata(query("example.com.", Type.NS))).hasSize(4);
        assertThat(query("example.com.", Type.SOA).getHeader().getRcode()).isEqualTo(Rcode.NOERROR);

        assertThatThrownBy(() -> createZone("other.com", "ref-1"))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("HostedZoneAlreadyExists");
                    assertThat(e.status()).isEqualTo(409);
                });
    }

    @Test
    void recordChangesAnswerInDnsAndTheirChangeTurnsInsync() throws Exception {
        String zone = bare(createZone("example.com", "ref").hostedZone().id());
        ChangeResourceRecordSetsResponse response = change(zone, ACCOUNT, upsert("www.example.com", "A", 60,
                "192.0.2.10"), upsert("*.example.com.", "TXT", 60, "\"wild\""));
        assertThat(rdata(query("www.example.com.", Type.A))).containsExactly("192.0.2.10");
        assertThat(rdata(query("anything.example.com.", Type.TXT))).containsExactly("\"wild\"");
        GetChangeResponse change = call("GetChange", GetChangeRequest.builder()
                .id(response.changeInfo().id()).build(), ACCOUNT);
        assertThat(change.changeInfo().status()).isEqualTo(ChangeStatus.INSYNC);

        ListResourceRecordSetsResponse listed = call("ListResourceRecordSets",
                ListResourceRecordSetsRequest.builder().hostedZoneId(zone).build(), ACCOUNT);
        assertThat(listed.resourceRecordSets()).extracting(set -> set.name() + " " + set.typeAsString())
                .containsExactly("example.com. NS", "example.com. SOA", "\\052.example.com. TXT",
                        "www.example.com. A");
    }

    @Test
    void batchesAreAtomicAndWordedAsAws() throws Exception {
        String zone = bare(createZone("example.com", "ref").hostedZone().id());
        change(zone, ACCOUNT, create("x.example.com", "A", 300, "192.0.2.1"));
        assertThatThrownBy(() -> change(zone, ACCOUNT, create("y.example.com", "A", 300, "192.0.2.2"),
                create("x.example.com.", "A", 300, "192.0.2.3")))
                .hasMessage("[Tried to create resource record set [name='x.example.com.', type='A'] but it already "
                        + "exists]");
        assertThat(rdata(query("y.example.com.", Type.A))).isEmpty();
        assertThatThrownBy(() -> change(zone, ACCOUNT, Change.builder().action(ChangeAction.DELETE)
                .resourceRecordSet(set("z.example.com", "A", 300, "192.0.2.1")).build()))
                .hasMessage("[Tried to delete resource record set [name='z.example.com.', type='A'] but it was not "
                        + "found]");
        assertThatThrownBy(() -> change(zone, ACCOUNT, create("www.example.org", "A", 300, "192.0.2.1")))
                .hasMessage("[RRSet with DNS name www.example.org. is not permitted in zone example.com.]");
        assertThatThrownBy(() -> change(zone, ACCOUNT, create("x.example.com", "CNAME", 300, "y.example.com")))
                .hasMessage("[RRSet of type CNAME with DNS name x.example.com. is not permitted as it conflicts "
                        + "with other records with the same DNS name in zone example.com.]");
        assertThatThrownBy(() -> change(zone, ACCOUNT, create("bad.example.com", "A", 300, "1.2.3")))
                .hasMessage("[Invalid Resource Record: 'FATAL problem: ARRDATAIllegalIPv4Address (Value is not a "
                        + "valid IPv4 address) encountered with '1.2.3'']");
        assertThatThrownBy(() -> change(zone, ACCOUNT, create("t.example.com", "A", -1, "192.0.2.1")))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidInput"));
    }

    @Test
    void failoverAnswersFollowHealthVerdicts() throws Exception {
        String zone = bare(createZone("example.com", "ref").hostedZone().id());
        change(zone, ACCOUNT,
                Change.builder().action(ChangeAction.CREATE).resourceRecordSet(set("f.example.com", "A", 60,
                        "192.0.2.1").toBuilder().setIdentifier("p").failover("PRIMARY").healthCheckId("hc-p")
                        .build()).build(),
                Change.builder().action(ChangeAction.CREATE).resourceRecordSet(set("f.example.com", "A", 60,
                        "192.0.2.2").toBuilder().setIdentifier("s").failover("SECONDARY").build()).build());
        assertThat(rdata(query("f.example.com.", Type.A))).containsExactly("192.0.2.1");
        health.put("hc-p", false);
        listeners.forEach(listener -> listener.changed(ACCOUNT, "hc-p", false));
        assertThat(rdata(query("f.example.com.", Type.A))).containsExactly("192.0.2.2");
    }

    @Test
    void anotherAccountsZoneIsNotFoundAndASecondZoneOfANameIsServedOnceTheFirstIsGone() throws Exception {
        String first = bare(createZone("shared.test", "ref").hostedZone().id());
        assertThatThrownBy(() -> call("GetHostedZone", GetHostedZoneRequest.builder().id(first).build(), OTHER))
                .hasMessage("No hosted zone found with ID: " + first);
        CreateHostedZoneResponse other = call("CreateHostedZone", CreateHostedZoneRequest.builder()
                .name("shared.test").callerReference("ref").build(), OTHER);
        String second = bare(other.hostedZone().id());
        change(second, OTHER, create("www.shared.test", "A", 60, "192.0.2.99"));
        assertThat(rdata(query("www.shared.test.", Type.A))).isEmpty();

        change(first, ACCOUNT, create("www.shared.test", "A", 60, "192.0.2.1"));
        assertThatThrownBy(() -> call("DeleteHostedZone", DeleteHostedZoneRequest.builder().id(first).build(),
                ACCOUNT)).isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.code()).isEqualTo("HostedZoneNotEmpty"));
        change(first, ACCOUNT, Change.builder().action(ChangeAction.DELETE)
                .resourceRecordSet(set("www.shared.test", "A", 60, "192.0.2.1")).build());
        call("DeleteHostedZone", DeleteHostedZoneRequest.builder().id(first).build(), ACCOUNT);
        assertThat(rdata(query("www.shared.test.", Type.A))).containsExactly("192.0.2.99");
    }

    private CreateHostedZoneResponse createZone(String name, String reference) {
        return call("CreateHostedZone", CreateHostedZoneRequest.builder().name(name).callerReference(reference)
                .build(), ACCOUNT);
    }

    private ChangeResourceRecordSetsResponse change(String zone, String account, Change... changes) {
        return call("ChangeResourceRecordSets", ChangeResourceRecordSetsRequest.builder().hostedZoneId(zone)
                .changeBatch(ChangeBatch.builder().changes(changes).build()).build(), account);
    }

    private static Change create(String name, String type, long ttl, String... values) {
        return Change.builder().action(ChangeAction.CREATE).resourceRecordSet(set(name, type, ttl, values)).build();
    }

    private static Change upsert(String name, String type, long ttl, String... values) {
        return Change.builder().action(ChangeAction.UPSERT).resourceRecordSet(set(name, type, ttl, values)).build();
    }

    private static ResourceRecordSet set(String name, String type, long ttl, String... values) {
        return ResourceRecordSet.builder().name(name).type(type).ttl(ttl)
                .resourceRecords(java.util.Arrays.stream(values).map(v -> ResourceRecord.builder().value(v).build())
                        .toList())
                .build();
    }

    @SuppressWarnings("unchecked")
    private <O> O call(String operation, Object request, String account) {
        Principal principal = new Principal(account, "arn:aws:iam::" + account + ":root", account, null, "AKID",
                false);
        return (O) service.operations().get(operation).handler().handle(request,
                new RequestContext("req-1", principal, "us-east-1", Clock.systemUTC()));
    }

    private Message query(String name, int type) throws Exception {
        SimpleResolver resolver = new SimpleResolver(dns.endpoint());
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> rdata(Message message) {
        return message.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
    }

    private static String bare(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
