package io.cloudgate.cloudstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One answer of {@code queryAsyncJobResult}.
 *
 * @param result        the {@code jobresult} object (keyed by type on success, the error on failure), or null
 * @param instanceId    {@code jobinstanceid}: the resource the job works on, or null
 */
public record JobResult(String jobId, Status status, int resultCode, JsonNode result, String instanceType,
                        String instanceId) {
    /** {@code jobstatus}: 0 pending, 1 done, 2 failed. */
    public enum Status { PENDING, SUCCEEDED, FAILED }

    public boolean done() {
        return status != Status.PENDING;
    }

    /** The object of that type in the result ({@code virtualmachine}, {@code volume}...), when the job succeeded. */
    public Optional<JsonNode> object(String type) {
        if (status != Status.SUCCEEDED || result == null || !result.has(type)) {
            return Optional.empty();
        }
        return Optional.of(result.get(type));
    }

    /** The failure as the typed exception a synchronous call would have thrown; only for a FAILED job. */
    public CloudStackApiException failure() {
        if (status != Status.FAILED) {
            throw new IllegalStateException("Job " + jobId + " did not fail");
        }
        int code = result != null && result.hasNonNull("errorcode") ? result.get("errorcode").asInt() : resultCode;
        String text = result != null && result.hasNonNull("errortext") ? result.get("errortext").asText() : "";
        return CloudStackApiException.of(code, null, text);
    }
}
