package io.cloudgate.cloudstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CloudStack's query API: signs each call, sends it through the transport with {@code response=json}, unwraps
 * the answer and throws the typed exception of an error envelope. Thread-safe; one per set of keys.
 */
public final class CloudStackClient {
    /** The largest page CloudStack accepts by default ({@code default.page.size} caps it at 500 in practice). */
    public static final int MAX_PAGE_SIZE = 500;

    private final CloudStackCredentials credentials;
    private final CloudStackTransport transport;
    private final ResponseReader reader;
    private final int pageSize;

    public CloudStackClient(CloudStackCredentials credentials, CloudStackTransport transport) {
        this(credentials, transport, MAX_PAGE_SIZE);
    }

    public CloudStackClient(CloudStackCredentials credentials, CloudStackTransport transport, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE);
        }
        this.credentials = credentials;
        this.transport = transport;
        this.reader = new ResponseReader(new ObjectMapper());
        this.pageSize = pageSize;
    }

    /** The same transport with another account's own keys (per-account keys instead of acting for it). */
    public CloudStackClient withCredentials(CloudStackCredentials other) {
        return new CloudStackClient(other, transport, pageSize);
    }

    /** A synchronous call; returns the object inside {@code <command>response}. */
    public JsonNode execute(String command, Map<String, String> params, Actor actor) {
        SignedRequest request = sign(command, withActor(params, actor));
        return reader.read(command, transport.send(request));
    }

    public JsonNode execute(String command, Map<String, String> params) {
        return execute(command, params, null);
    }

    /**
     * Every item of a list command; {@code arrayName} is the array of the answer ({@code virtualmachine},
     * {@code volume}...). The first call is unpaged, so the server's default page size applies; when its
     * {@code count} says more exist, the rest is fetched with {@code page}/{@code pagesize} of that size.
     * An empty answer has neither array nor count.
     */
    public List<JsonNode> list(String command, Map<String, String> params, String arrayName, Actor actor) {
        JsonNode first = execute(command, params, actor);
        List<JsonNode> items = new ArrayList<>();
        first.path(arrayName).forEach(items::add);
        int total = first.path("count").asInt(items.size());
        int size = items.size();
        for (int page = 2; size > 0 && items.size() < total; page++) {
            JsonNode array = page(command, params, arrayName, actor, page, size);
            if (array.isEmpty()) {
                break;
            }
            array.forEach(items::add);
        }
        return items;
    }

    /** One page of a list command: the array, empty past the end. */
    public JsonNode page(String command, Map<String, String> params, String arrayName, Actor actor, int page,
                         int size) {
        if (page < 1 || size < 1 || size > pageSize) {
            throw new IllegalArgumentException("page must be >= 1 and size 1.." + pageSize);
        }
        Map<String, String> paged = new LinkedHashMap<>(params);
        paged.put("page", Integer.toString(page));
        paged.put("pagesize", Integer.toString(size));
        return execute(command, paged, actor).path(arrayName);
    }

    /** Submits an async command; the answer carries the job id and, for creating commands, the new id. */
    public AsyncJob submit(String command, Map<String, String> params, Actor actor) {
        JsonNode answer = execute(command, params, actor);
        if (!answer.hasNonNull("jobid")) {
            throw new CloudStackUnavailableException(command + " answered without a job id");
        }
        return new AsyncJob(answer.get("jobid").asText(), answer.hasNonNull("id") ? answer.get("id").asText() : null);
    }

    /** One look at a job. */
    public JobResult queryJob(String jobId) {
        JsonNode answer = execute("queryAsyncJobResult", Map.of("jobid", jobId), null);
        JobResult.Status status = switch (answer.path("jobstatus").asInt(0)) {
            case 1 -> JobResult.Status.SUCCEEDED;
            case 2 -> JobResult.Status.FAILED;
            default -> JobResult.Status.PENDING;
        };
        return new JobResult(jobId, status, answer.path("jobresultcode").asInt(0),
                answer.hasNonNull("jobresult") ? answer.get("jobresult") : null,
                text(answer, "jobinstancetype"), text(answer, "jobinstanceid"));
    }

    /**
     * The request as sent: {@code command} first, the parameters in the caller's order, then {@code response},
     * {@code apiKey} and {@code signature}. Names are encoded in the URL though signed raw.
     */
    public SignedRequest sign(String command, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("command", command);
        params.forEach((name, value) -> {
            if (value != null) {
                all.put(name, value);
            }
        });
        all.put("response", "json");
        all.put("apiKey", credentials.apiKey());
        String signature = CloudStackSigner.signature(credentials.secretKey(), all);
        String query = all.entrySet().stream()
                .map(e -> CloudStackSigner.encode(e.getKey()) + "=" + CloudStackSigner.encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&signature=" + CloudStackSigner.encode(signature);
        all.put("signature", signature);
        return new SignedRequest(command, all, query);
    }

    private static Map<String, String> withActor(Map<String, String> params, Actor actor) {
        if (actor == null) {
            return params;
        }
        Map<String, String> acting = new LinkedHashMap<>(params);
        actor.addTo(acting);
        return acting;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
