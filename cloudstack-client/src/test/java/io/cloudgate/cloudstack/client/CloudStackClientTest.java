package io.cloudgate.cloudstack.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expect-tests of the client against recorded exchanges: exact requests, valid signatures, typed errors. */
class CloudStackClientTest {
    private final ReplayingTransport replay = new ReplayingTransport(TestKeys.RECORDER.secretKey());
    private final CloudStackClient client = new CloudStackClient(TestKeys.RECORDER, replay);

    @Test
    void pagesAreRequestedWithPageAndPageSize() {
        replay.expect("recordings/paging/014-listVirtualMachines.json", "recordings/paging/015-listVirtualMachines.json",
                "recordings/paging/016-listVirtualMachines.json", "recordings/paging/017-listVirtualMachines.json");
        Map<String, String> all = Map.of("listall", "true");
        assertThat(client.page("listVirtualMachines", all, "virtualmachine", null, 1, 2)).hasSize(2);
        assertThat(client.page("listVirtualMachines", all, "virtualmachine", null, 2, 2)).hasSize(2);
        assertThat(client.page("listVirtualMachines", all, "virtualmachine", null, 3, 2)).hasSize(1);
        assertThat(client.page("listVirtualMachines", all, "virtualmachine", null, 4, 2)).isEmpty();
        assertThat(replay.remaining()).isZero();
    }

    @Test
    void listFetchesTheRemainingPagesWhenCountSaysMoreExist() {
        List<String> pages = List.of(
                "{\"listvolumesresponse\":{\"count\":5,\"volume\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}",
                "{\"listvolumesresponse\":{\"count\":5,\"volume\":[{\"id\":\"c\"},{\"id\":\"d\"}]}}",
                "{\"listvolumesresponse\":{\"count\":5,\"volume\":[{\"id\":\"e\"}]}}");
        List<Map<String, String>> sent = new java.util.ArrayList<>();
        CloudStackClient scripted = new CloudStackClient(TestKeys.RECORDER, request -> {
            sent.add(request.params());
            return new RawResponse(200, pages.get(sent.size() - 1));
        });
        List<JsonNode> volumes = scripted.list("listVolumes", Map.of(), "volume", new Actor("acme", "dom-1"));
        assertThat(volumes).extracting(v -> v.get("id").asText()).containsExactly("a", "b", "c", "d", "e");
        assertThat(sent.get(0)).doesNotContainKeys("page", "pagesize").containsEntry("account", "acme")
                .containsEntry("domainid", "dom-1");
        assertThat(sent.get(1)).containsEntry("page", "2").containsEntry("pagesize", "2");
        assertThat(sent.get(2)).containsEntry("page", "3");
    }

    @Test
    void anEmptyListAnswerHasNoItems() {
        CloudStackClient scripted = new CloudStackClient(TestKeys.RECORDER,
                request -> new RawResponse(200, "{\"listsshkeypairsresponse\":{}}"));
        assertThat(scripted.list("listSSHKeyPairs", Map.of(), "sshkeypair", null)).isEmpty();
    }

    @Test
    void errorEnvelopesBecomeTypedExceptions() {
        replay.expect("recordings/errors/001-listVirtualMachines.json", "recordings/errors/015-listZones.json",
                "recordings/errors/022-describeInstances.json", "recordings/errors/057-deleteSecurityGroup.json",
                "recordings/paging/019-listVirtualMachines.json");
        assertThatThrownBy(() -> client.execute("listVirtualMachines",
                Map.of("id", "11111111-2222-4333-8444-555555555555")))
                .isInstanceOfSatisfying(CloudStackApiException.InvalidParameter.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(431);
                    assertThat(e.csErrorCode()).isEqualTo(9999);
                    assertThat(e.errorText()).contains("Invalid parameter id");
                });
        assertThatThrownBy(() -> client.execute("listZones", Map.of()))
                .isInstanceOfSatisfying(CloudStackApiException.Authentication.class,
                        e -> assertThat(e.csErrorCode()).isNull());
        assertThatThrownBy(() -> client.execute("describeInstances", Map.of()))
                .isInstanceOf(CloudStackApiException.Authentication.class);
        assertThatThrownBy(() -> client.execute("deleteSecurityGroup",
                Map.of("id", Recording.load("recordings/errors/057-deleteSecurityGroup.json").params().get("id"))))
                .isInstanceOf(CloudStackApiException.ResourceInUse.class);
        assertThatThrownBy(() -> client.execute("listVirtualMachines", ordered("listall", "true", "page", "2")))
                .isInstanceOf(CloudStackApiException.InvalidParameter.class);
    }

    @Test
    void asyncJobsAreSubmittedThenPolledUntilTheyFail() {
        Recording deploy = Recording.load("recordings/errors/085-deployVirtualMachine.json");
        replay.expect(deploy).expect("recordings/errors/086-queryAsyncJobResult.json",
                "recordings/errors/087-queryAsyncJobResult.json");
        Map<String, String> params = new LinkedHashMap<>(deploy.params());
        params.remove("command");
        params.remove("response");
        AsyncJob job = client.submit("deployVirtualMachine", params, null);
        assertThat(job.resourceId()).isEqualTo("d2a0dfd6-f9aa-4c2a-bdae-c47988da3d07");
        JobResult first = client.queryJob(job.jobId());
        assertThat(first.done()).isFalse();
        JobResult last = client.queryJob(job.jobId());
        assertThat(last.status()).isEqualTo(JobResult.Status.FAILED);
        assertThat(last.instanceId()).isEqualTo(job.resourceId());
        assertThat(last.failure()).isInstanceOf(CloudStackApiException.InsufficientCapacity.class);
        assertThat(last.object("virtualmachine")).isEmpty();
    }

    @Test
    void validationReportedOnlyByAFailedJobIsAParameterError() {
        Recording authorize = Recording.load("recordings/errors/039-authorizeSecurityGroupIngress.json");
        replay.expect(authorize).expect("recordings/errors/040-queryAsyncJobResult.json");
        Map<String, String> params = new LinkedHashMap<>(authorize.params());
        params.remove("command");
        params.remove("response");
        AsyncJob job = client.submit("authorizeSecurityGroupIngress", params, null);
        assertThat(client.queryJob(job.jobId()).failure()).isInstanceOf(CloudStackApiException.InvalidParameter.class);
    }

    @Test
    void anAnswerThatIsNotCloudStackJsonIsAnOutageOrAnError() {
        CloudStackClient proxyDown = new CloudStackClient(TestKeys.RECORDER,
                request -> new RawResponse(502, "<html>Bad Gateway</html>"));
        assertThatThrownBy(() -> proxyDown.execute("listZones", Map.of()))
                .isInstanceOf(CloudStackUnavailableException.class);
        CloudStackClient notFound = new CloudStackClient(TestKeys.RECORDER,
                request -> new RawResponse(404, "Not Found"));
        assertThatThrownBy(() -> notFound.execute("listZones", Map.of()))
                .isInstanceOfSatisfying(CloudStackApiException.class, e -> assertThat(e.errorCode()).isEqualTo(404));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
