package io.cloudgate.cloudstack.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The JDK HTTP client sending {@code GET <endpoint>?<query>}, e.g. endpoint {@code http://cs:8080/client/api}. */
public final class HttpCloudStackTransport implements CloudStackTransport {
    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;

    public HttpCloudStackTransport(URI endpoint, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    @Override
    public RawResponse send(SignedRequest request) {
        HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(endpoint + "?" + request.queryString()))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(httpRequest,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new RawResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new CloudStackUnavailableException("CloudStack endpoint unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudStackUnavailableException("Interrupted while calling CloudStack", e);
        }
    }
}
