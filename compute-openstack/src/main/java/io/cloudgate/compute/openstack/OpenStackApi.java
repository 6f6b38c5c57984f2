package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * REST calls to the services of the catalog ("compute", "image", "network", "identity"), each service behind its
 * own circuit breaker, retry (reads only, on outages) and bulkhead, so one service failing fails fast without
 * touching the others. A 401 renews the token once. Outages surface as ComputeException UNAVAILABLE.
 */
final class OpenStackApi {
    /** Nova's microversion: 2.92 for key pair names with dots, embedded flavors (2.47), networks "none" (2.37). */
    static final String COMPUTE_MICROVERSION = "compute 2.92";

    private record Guards(CircuitBreaker breaker, Retry retry, Bulkhead bulkhead) {
    }

    private final Keystone keystone;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Map<String, Guards> guards = new ConcurrentHashMap<>();
    private final InFlightReads reads = new InFlightReads();

    OpenStackApi(Keystone keystone, HttpClient http, ObjectMapper json, Duration timeout) {
        this.keystone = keystone;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
    }

    ObjectMapper json() {
        return json;
    }

    /** A read; concurrent identical reads share one call. */
    ApiResponse get(String service, String projectId, String path) {
        return reads.get(service, projectId, path, () -> call(service, projectId, "GET", path, null));
    }

    ApiResponse post(String service, String projectId, String path, Object body) {
        return call(service, projectId, "POST", path, body);
    }

    ApiResponse put(String service, String projectId, String path, Object body) {
        return call(service, projectId, "PUT", path, body);
    }

    ApiResponse patch(String service, String projectId, String path, Object body) {
        return call(service, projectId, "PATCH", path, body);
    }

    ApiResponse delete(String service, String projectId, String path) {
        return call(service, projectId, "DELETE", path, null);
    }

    /** One call; a null projectId acts in the gateway's own (admin) project. */
    ApiResponse call(String service, String projectId, String method, String path, Object body) {
        Guards guard = guards.computeIfAbsent(service, OpenStackApi::guards);
        Supplier<ApiResponse> attempt = () -> guard.bulkhead().executeSupplier(
                () -> guard.breaker().executeSupplier(() -> authenticated(service, projectId, method, path, body)));
        try {
            return method.equals("GET") ? guard.retry().executeSupplier(attempt) : attempt.get();
        } catch (CallNotPermittedException e) {
            throw new ComputeException(Kind.UNAVAILABLE, "The cloud's " + service + " service is failing; "
                    + "calls are paused for a few seconds");
        } catch (BulkheadFullException e) {
            throw new ComputeException(Kind.UNAVAILABLE, "Too many calls to the cloud's " + service + " service");
        }
    }

    private ApiResponse authenticated(String service, String projectId, String method, String path, Object body) {
        ApiResponse response = send(keystone.token(projectId), service, method, path, body);
        if (response.status() == 401) {
            keystone.forget(projectId);
            response = send(keystone.token(projectId), service, method, path, body);
        }
        if (response.status() >= 500) {
            throw new ComputeException(Kind.UNAVAILABLE, "The cloud's " + service + " service failed: "
                    + response.message());
        }
        return response;
    }

    private ApiResponse send(Keystone.Token token, String service, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(token.endpoint(service) + path))
                    .timeout(timeout)
                    .header("X-Auth-Token", token.value())
                    .header("Accept", "application/json")
                    .header("OpenStack-API-Version", COMPUTE_MICROVERSION);
            if (body instanceof byte[] raw) {
                request.header("Content-Type", "application/octet-stream")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(raw));
            } else if (body != null) {
                String contentType = path.startsWith("/v2/images/") && method.equals("PATCH")
                        ? "application/openstack-images-v2.1-json-patch" : "application/json";
                request.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new ComputeException(Kind.UNAVAILABLE, "The cloud's " + service + " service is unreachable: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputeException(Kind.UNAVAILABLE, "Interrupted while calling the cloud");
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Guards guards(String service) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(3)).permittedNumberOfCallsInHalfOpenState(2)
                .recordException(OpenStackApi::isOutage).build();
        RetryConfig retry = RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(200))
                .retryOnException(OpenStackApi::isOutage).build();
        BulkheadConfig bulkhead = BulkheadConfig.custom().maxConcurrentCalls(32)
                .maxWaitDuration(Duration.ofSeconds(5)).build();
        return new Guards(CircuitBreaker.of(service, breaker), Retry.of(service, retry),
                Bulkhead.of(service, bulkhead));
    }

    private static boolean isOutage(Throwable error) {
        return error instanceof ComputeException e && e.kind() == Kind.UNAVAILABLE;
    }
}
