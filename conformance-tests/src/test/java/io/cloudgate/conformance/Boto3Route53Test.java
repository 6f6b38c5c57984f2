package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * boto3's Route 53 waiter and paginators (resources/boto3/route53_changes.py): the script creates zones and a
 * batch of records, upserts and deletes them, waiting each time with resource_record_sets_changed, pages through
 * zones and record sets, and queries the DNS port over a raw UDP socket; each test checks one part of its summary.
 */
class Boto3Route53Test {
    private static RunningGateway gateway;
    private static JsonNode summary;

    @BeforeAll
    static void runScript() throws Exception {
        gateway = RunningGateway.start();
        Credentials tenant = gateway.createAccount("boto3-route53-tenant");
        summary = Boto3Script.run(gateway, tenant, "route53_changes.py", Duration.ofSeconds(120), Map.of("CLOUDGATE_DNS_PORT", Integer.toString(gateway.dnsEndpoint().getPort())));
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void theWaiterReturnsOnceEachChangeIsInsync() {
        for (String change : List.of("create", "upsert", "delete")) {
            JsonNode waited = summary.path(change);
            assertThat(waited.path("id").asText()).as(change).matches("/change/C[A-Z0-9]+");
            assertThat(waited.path("submitted").asText()).as(change).isIn("PENDING", "INSYNC");
            assertThat(waited.path("polls").asInt()).as(change).isPositive();
            assertThat(waited.path("seconds").asDouble()).as(change).isLessThan(10);
            assertThat(waited.path("after").asText()).as(change).isEqualTo("INSYNC");
        }
    }

    @Test
    void theDnsPortAnswersEachChangeAuthoritatively() {
        JsonNode created = summary.path("createdAnswer");
        assertThat(created.path("id").asBoolean()).isTrue();
        assertThat(created.path("rcode").asInt()).isZero();
        assertThat(created.path("aa").asBoolean()).isTrue();
        assertThat(texts(created.path("answers"))).containsExactly("192.0.2.4");
        assertThat(summary.path("txtAnswer").path("answers")).singleElement()
                .satisfies(strings -> assertThat(texts(strings)).containsExactly("hello from boto3", "second string"));
        assertThat(summary.path("missingAnswer").path("rcode").asInt()).as("NXDOMAIN").isEqualTo(3);
        assertThat(texts(summary.path("upsertedAnswer").path("answers"))).containsExactly("198.51.100.3");
        assertThat(summary.path("deletedAnswer").path("rcode").asInt()).isEqualTo(3);
        assertThat(summary.path("deletedAnswer").path("answers")).isEmpty();
    }

    @Test
    void paginatorsWalkZonesAndRecordSetsPageByPage() {
        assertThat(summary.path("zonePages")).extracting(JsonNode::size).containsExactly(2, 1);
        List<String> zones = new ArrayList<>();
        summary.path("zonePages").forEach(page -> zones.addAll(texts(page)));
        assertThat(zones).containsExactlyInAnyOrder("boto0.example.", "boto1.example.", "boto2.example.");

        JsonNode pages = summary.path("recordPages");
        assertThat(pages).extracting(JsonNode::size).containsExactly(5, 5, 5);
        List<String> sets = new ArrayList<>();
        pages.forEach(page -> sets.addAll(texts(page)));
        assertThat(sets).hasSize(15).doesNotHaveDuplicates()
                .startsWith("boto0.example. NS", "boto0.example. SOA", "h00.boto0.example. A")
                .endsWith("h11.boto0.example. A", "txt.boto0.example. TXT");
    }

    @Test
    void everythingIsGoneAfterwards() {
        assertThat(summary.path("zonesLeft")).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
