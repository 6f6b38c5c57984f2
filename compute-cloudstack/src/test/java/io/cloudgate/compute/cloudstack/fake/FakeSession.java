package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.cloudstack.client.CloudStackClient;
import io.cloudgate.cloudstack.client.CloudStackCredentials;
import io.cloudgate.cloudstack.client.HttpCloudStackTransport;
import io.cloudgate.cloudstack.client.RawResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Signed calls to the fake acting for one account, keeping every answer's samples (see {@link AnswerShapes}). */
final class FakeSession {
    private final FakeClock clock;
    private final CloudStackClient client;
    private final HttpCloudStackTransport transport;
    private final String account;
    final List<AnswerShapes.Sample> samples = new ArrayList<>();
    final Set<String> commands = new LinkedHashSet<>();

    FakeSession(FakeCloudStack cloud, FakeClock clock, CloudStackCredentials keys, String account) {
        this.clock = clock;
        this.client = new CloudStackClient(keys, request -> {
            throw new IllegalStateException("sent by the session itself");
        });
        this.transport = new HttpCloudStackTransport(cloud.endpoint(), Duration.ofSeconds(10));
        this.account = account;
    }

    /** The answer's body; the status must be the one given. */
    JsonNode call(int status, String command, String... nameValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put(nameValues[i], nameValues[i + 1]);
        }
        if (account != null) {
            params.put("account", account);
            params.put("domainid", FakeCloudStack.DOMAIN_ID);
        }
        RawResponse response = transport.send(client.sign(command, params));
        JsonNode body;
        try {
            body = FakeRender.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.status() != status) {
            throw new AssertionError(command + " answered " + response.status() + ": " + response.body());
        }
        commands.add(command);
        samples.addAll(AnswerShapes.samples(command, response.status(), body));
        return body.elements().next();
    }

    JsonNode call(String command, String... nameValues) {
        return call(200, command, nameValues);
    }

    /** Submits the command and polls its job a second apart until it ends; returns the job's last answer. */
    JsonNode job(String command, String... nameValues) {
        return await(call(command, nameValues).path("jobid").asText());
    }

    JsonNode await(String jobId) {
        for (int poll = 0; poll < 30; poll++) {
            JsonNode job = call("queryAsyncJobResult", "jobid", jobId);
            if (job.path("jobstatus").asInt() != 0) {
                return job;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        throw new AssertionError("Job " + jobId + " did not end");
    }
}
