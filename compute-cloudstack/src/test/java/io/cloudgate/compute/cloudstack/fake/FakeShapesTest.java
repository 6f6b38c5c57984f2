package io.cloudgate.compute.cloudstack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.CloudStackCredentials;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake cannot drift from the real server: a session using every command the fake answers (the adapter's), in
 * the states the recordings show, gets answers whose objects have, kind by kind, only fields the recorded answers
 * of that kind have, of the same JSON types, and every field all of them have.
 */
class FakeShapesTest {
    /**
     * Fields of CloudStack's responses the recorded objects of that kind never had a value for (API reference 4.21;
     * a VM's public address is recorded in listings, not yet in job results).
     */
    private static final Map<String, Set<String>> DOCUMENTED = Map.of(
            "listVolumes[]", Set.of("snapshotid", "miniops", "maxiops"),
            "jobresult/volume", Set.of("snapshotid", "miniops", "maxiops"),
            "listDiskOfferings[]", Set.of("iscustomizediops"),
            "jobresult/virtualmachine", Set.of("publicip", "publicipid"));
    /**
     * Kinds whose fields the recordings lack are looked up in another recorded kind of the same object: VMs' statistics
     * (cpuused, networkkbsread...) were only recorded in a job's result, the simulator's collector not having run
     * when VMs were listed, and CloudStack lists a VM with them once it has collected some.
     */
    private static final Map<String, String> SAME_OBJECT = Map.of("listVirtualMachines[]", "jobresult/virtualmachine");
    /** Unrecorded commands compared with a recorded one answering the same object. */
    private static final Map<String, String> SAME_ANSWER = Map.of("updateVirtualMachine",
            "changeServiceForVirtualMachine", "updateTemplatePermissions", "deleteSecurityGroup");

    private final FakeClock clock = new FakeClock();
    private final FakeCloudStack cloud = FakeCloudStack.start(clock, new FakeLimits(2, 100, 1));

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void everyAnswerHasTheFieldsAndTypesOfTheRecordedAnswers() throws Exception {
        cloud.createAccount("shapes");
        FakeSession session = new FakeSession(cloud, clock, FakeCloudStack.KEYS, "shapes");
        new FakeScenario(session, clock).run();
        assertThat(session.commands).containsAll(cloud.commands());

        Map<String, AnswerShapes.Shape> recorded = recordedShapes();
        List<String> problems = new ArrayList<>();
        for (AnswerShapes.Sample sample : session.samples) {
            String kind = SAME_ANSWER.getOrDefault(sample.kind(), sample.kind());
            AnswerShapes.Shape shape = recorded.get(kind);
            if (shape == null) {
                problems.add(kind + ": never recorded");
                continue;
            }
            Map<String, String> fields = AnswerShapes.fields(sample.node());
            String sameKind = SAME_OBJECT.get(kind);
            AnswerShapes.Shape sameObject = sameKind == null ? null : recorded.get(sameKind);
            fields.forEach((path, type) -> {
                Set<String> types = shape.seen.containsKey(path) || sameObject == null ? shape.seen.get(path)
                        : sameObject.seen.get(path);
                boolean documented = DOCUMENTED.getOrDefault(kind, Set.of()).contains(path);
                if (types == null && !documented) {
                    problems.add(kind + ": field " + path + " is not in the recorded answers");
                } else if (types != null && !types.contains(type)) {
                    problems.add(kind + ": field " + path + " is a " + type + ", recorded as " + types);
                }
            });
            shape.always.stream().filter(path -> !fields.containsKey(path))
                    .forEach(path -> problems.add(kind + ": field " + path + " is missing"));
        }
        assertThat(problems).as("shape differences").isEmpty();
    }

    @Test
    void requestsNotSignedWithTheKeysAreRefusedAsCloudStackRefusesThem() {
        FakeSession stranger = new FakeSession(cloud, clock, new CloudStackCredentials(FakeCloudStack.KEYS.apiKey(),
                "some-other-secret"), null);
        JsonNode refused = stranger.call(401, "listZones");
        assertThat(refused.path("errorcode").asInt()).isEqualTo(401);
        assertThat(refused.has("cserrorcode")).isFalse();
        assertThat(refused.path("errortext").asText()).isEqualTo(
                "unable to verify user credentials and/or request signature");
        FakeSession admin = new FakeSession(cloud, clock, FakeCloudStack.KEYS, null);
        assertThat(admin.call(401, "describeInstances").path("errorcode").asInt()).isEqualTo(401);
        assertThat(admin.call("listZones").path("count").asInt()).isEqualTo(3);
        assertThat(admin.call(431, "listVirtualMachines", "page", "2").path("errortext").asText())
                .contains("pagesize");
    }

    /**
     * The recorded answers' shapes, and those of {@code documented/}: answers the recordings lack, written from the
     * API reference (listVirtualMachinesUsageHistory: the simulator's collector had not run).
     */
    private static Map<String, AnswerShapes.Shape> recordedShapes() throws IOException, URISyntaxException {
        Map<String, AnswerShapes.Shape> shapes = new TreeMap<>();
        addShapes("recordings", shapes);
        addShapes("documented", shapes);
        return shapes;
    }

    private static void addShapes(String folder, Map<String, AnswerShapes.Shape> shapes)
            throws IOException, URISyntaxException {
        Path root = Path.of(FakeShapesTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode recording = FakeRender.JSON.readTree(file.toFile());
                if (!recording.has("command")) {
                    continue;
                }
                for (AnswerShapes.Sample sample : AnswerShapes.samples(recording.path("command").asText(),
                        recording.path("http_status").asInt(), recording.path("response"))) {
                    shapes.computeIfAbsent(sample.kind(), k -> new AnswerShapes.Shape())
                            .add(AnswerShapes.fields(sample.node()));
                }
            }
        }
    }
}
