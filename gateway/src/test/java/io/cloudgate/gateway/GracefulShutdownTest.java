package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Shutting down stops accepting connections but lets a request already being processed finish. */
class GracefulShutdownTest {
    @Test
    void inFlightRequestCompletesDuringShutdown() throws Exception {
        TestGateway gateway = TestGateway.start();
        int port = gateway.port();
        String form = "Action=ListMetrics&Version=2010-08-01&Namespace=" + ProbeServices.SLOW_NAMESPACE.replace("/", "%2F");
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        Map<String, String> signed = Signing.headers("POST", URI.create("http://127.0.0.1:" + port + "/"), headers,
                body, "monitoring", gateway.accessKeyId(), gateway.secret());
        StringBuilder request = new StringBuilder("POST / HTTP/1.1\r\n");
        signed.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(form);

        try (RawHttp http = new RawHttp(port)) {
            http.send(request.toString());
            Thread.sleep(ProbeServices.SLOW_MILLIS / 3);
            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> {
                try {
                    gateway.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains(ProbeServices.SLOW_NAMESPACE);
            assertThat(response.headers().get("connection")).isEqualTo("close");
            shutdown.get();
        }
    }
}
