package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hosted zone's life through the real AWS CLI, with change batches read from JSON files as users write them,
 * and after every change {@code dig} against the gateway's DNS port shows what the zone now answers.
 */
class CliRoute53Test {
    private static final String FIRST_STRING = "a".repeat(255);
    private static final String SECOND_STRING = "b".repeat(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningGateway gateway;
    private static AwsCli aws;
    private static ExternalTool dig;
    private static Path batches;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start();
        aws = new AwsCli(gateway, gateway.directory().resolve("aws-cli"));
        aws.profile("tenant", gateway.createAccount("cli-route53-tenant"));
        batches = Files.createDirectories(gateway.directory().resolve("batches"));
        dig = new ExternalTool(batches, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void zoneRecordsChangesAndDeletionAsDigSeesThem() throws Exception {
        JsonNode created = aws.json("tenant", "route53", "create-hosted-zone", "--name", "cli.example",
                "--caller-reference", "cli-zone-1", "--hosted-zone-config", "Comment=from the cli");
        String zone = created.path("HostedZone").path("Id").asText();
        assertThat(zone).matches("/hostedzone/Z[A-Z0-9]+");
        assertThat(created.path("DelegationSet").path("NameServers")).hasSize(4);
        assertThat(dig("cli.example", "SOA")).singleElement().satisfies(soa -> assertThat(soa)
                .startsWith(created.path("DelegationSet").path("NameServers").get(0).asText() + "."));

        String www = set("www.cli.example", "A", "192.0.2.1");
        String app = set("app.cli.example.", "CNAME", "www.cli.example");
        String txt = set("txt.cli.example", "TXT", "\"" + FIRST_STRING + "\" \"" + SECOND_STRING + "\"");
        String mx = set("cli.example", "MX", "10 mail.cli.example", "20 mail2.cli.example.");
        changeAndWait(zone, "create", "CREATE", www, app, txt, mx);
        assertThat(dig("www.cli.example", "A")).containsExactly("192.0.2.1");
        assertThat(dig("app.cli.example", "CNAME")).containsExactly("www.cli.example.");
        assertThat(dig("txt.cli.example", "TXT")).containsExactly(
                "\"" + FIRST_STRING + "\" \"" + SECOND_STRING + "\"");
        assertThat(dig("cli.example", "MX")).containsExactlyInAnyOrder("10 mail.cli.example.",
                "20 mail2.cli.example.");

        String upserted = set("www.cli.example", "A", "192.0.2.2", "192.0.2.3");
        changeAndWait(zone, "upsert", "UPSERT", upserted);
        assertThat(dig("www.cli.example", "A")).containsExactlyInAnyOrder("192.0.2.2", "192.0.2.3");

        JsonNode listed = aws.json("tenant", "route53", "list-resource-record-sets", "--hosted-zone-id", zone,
                "--query", "ResourceRecordSets[].[Name, Type]");
        assertThat(StreamSupport.stream(listed.spliterator(), false)
                .map(pair -> pair.get(0).asText() + " " + pair.get(1).asText()).toList()).containsExactly(
                "cli.example. MX", "cli.example. NS", "cli.example. SOA", "app.cli.example. CNAME",
                "txt.cli.example. TXT", "www.cli.example. A");

        ExternalTool.Outcome notEmpty = aws.run("tenant", "route53", "delete-hosted-zone", "--id", zone);
        assertThat(notEmpty.exitCode()).as(notEmpty.describe()).isNotZero();
        assertThat(notEmpty.stderr()).contains("HostedZoneNotEmpty");

        changeAndWait(zone, "delete", "DELETE", upserted, app, txt, mx);
        assertThat(dig("www.cli.example", "A")).isEmpty();
        assertThat(dig("cli.example", "MX")).isEmpty();

        JsonNode deleted = aws.json("tenant", "route53", "delete-hosted-zone", "--id", zone);
        assertThat(deleted.path("ChangeInfo").path("Status").asText()).isIn("PENDING", "INSYNC");
        assertThat(aws.json("tenant", "route53", "list-hosted-zones").path("HostedZones")).isEmpty();
        assertThat(dig("cli.example", "SOA")).isEmpty();
    }

    @Test
    void aStringLongerThan255CharactersMustBeSplit() throws Exception {
        String zone = aws.json("tenant", "route53", "create-hosted-zone", "--name", "long.example",
                "--caller-reference", "cli-long-1").path("HostedZone").path("Id").asText();
        Path file = batch("too-long", "CREATE", set("txt.long.example", "TXT", "\"" + "c".repeat(256) + "\""));
        ExternalTool.Outcome rejected = aws.run("tenant", "route53", "change-resource-record-sets",
                "--hosted-zone-id", zone, "--change-batch", "file://" + file);
        assertThat(rejected.exitCode()).as(rejected.describe()).isNotZero();
        assertThat(rejected.stderr()).contains("InvalidChangeBatch").contains("CharacterStringTooLong");
        assertThat(dig("txt.long.example", "TXT")).isEmpty();
        aws.run("tenant", "route53", "delete-hosted-zone", "--id", zone).requireSuccess();
    }

    /** Sends one change batch from a JSON file and polls get-change until the change is INSYNC. */
    private static void changeAndWait(String zone, String fileName, String action, String... recordSets)
            throws Exception {
        Path file = batch(fileName, action, recordSets);
        JsonNode info = aws.json("tenant", "route53", "change-resource-record-sets", "--hosted-zone-id", zone,
                "--change-batch", "file://" + file).path("ChangeInfo");
        String change = info.path("Id").asText();
        assertThat(change).startsWith("/change/");
        String status = info.path("Status").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status.equals("INSYNC") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = aws.json("tenant", "route53", "get-change", "--id", change).path("ChangeInfo")
                    .path("Status").asText();
        }
        assertThat(status).as("change %s", change).isEqualTo("INSYNC");
    }

    /** Writes a change batch file applying one action to each record set (JSON objects). */
    private static Path batch(String fileName, String action, String... recordSets) throws IOException {
        ArrayNode changes = JSON.createArrayNode();
        for (String recordSet : recordSets) {
            changes.addObject().put("Action", action).set("ResourceRecordSet", JSON.readTree(recordSet));
        }
        ObjectNode batch = JSON.createObjectNode().put("Comment", fileName);
        batch.set("Changes", changes);
        return Files.writeString(batches.resolve(fileName + ".json"), JSON.writeValueAsString(batch));
    }

    /** A record set as the CLI's JSON has it; values are given as Route 53 takes them (TXT with its quotes). */
    private static String set(String name, String type, String... values) {
        ObjectNode set = JSON.createObjectNode().put("Name", name).put("Type", type).put("TTL", 60);
        ArrayNode records = set.putArray("ResourceRecords");
        for (String value : values) {
            records.addObject().put("Value", value);
        }
        return set.toString();
    }

    /** What {@code dig @127.0.0.1 -p PORT name type +short} prints, one line per record. */
    private static List<String> dig(String name, String type) {
        ExternalTool.Outcome outcome = dig.run(Duration.ofSeconds(20), List.of("dig", "@127.0.0.1", "-p",
                Integer.toString(gateway.dnsEndpoint().getPort()), name, type, "+short", "+tries=2", "+time=3"))
                .requireSuccess();
        return outcome.stdout().lines().filter(line -> !line.isBlank()).toList();
    }
}
