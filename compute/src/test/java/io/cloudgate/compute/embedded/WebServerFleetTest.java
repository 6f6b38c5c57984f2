package io.cloudgate.compute.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.Image;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Machines of the web-server image really answer HTTP on their loopback address, only while running. */
class WebServerFleetTest {
    /** Port 28080: unprivileged, and unlikely to be taken on the wildcard address. */
    private static final int OFFSET = 28000;

    private final SettableClock clock = new SettableClock();
    private final EmbeddedCompute compute = EmbeddedCompute.open(MvStoreDocumentStore.inMemory(clock), clock,
            EmbeddedSettings.defaults().withWebServerPortOffset(OFFSET));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void close() {
        compute.close();
        http.close();
    }

    private Machine launch(String imageId) {
        return compute.machines().launch("a", new LaunchSpec(imageId, "t3.micro", null, null, List.of(), null, null,
                List.of(), null, false));
    }

    @Test
    void runningMachinesOfTheImageServeAPageNamingThemAndAHealthCheck() throws Exception {
        compute.serveWebServers((account, machineId) -> "i-" + account + "-" + machineId.substring(0, 8));
        Machine web = launch(EmbeddedCompute.webServerImageId());
        Machine plain = launch(ImageCatalog.idOf("debian-12-amd64-20240102-1614"));
        assertThat(web.loopbackAddress()).isNotEqualTo(plain.loopbackAddress());
        Thread.sleep(3 * WebServerFleet.INTERVAL_MILLIS);
        assertRefused(web, "/");

        clock.advance(EmbeddedSettings.defaults().bootDelay());
        HttpResponse<String> page = awaitAnswer(web, "/some/path?x=<1>", response -> true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("X-Cloudgate-Instance")).contains("i-a-" + web.id().substring(0, 8));
        assertThat(page.body()).contains("<h1>i-a-" + web.id().substring(0, 8) + "</h1>", web.id(),
                web.loopbackAddress() + ":" + (80 + OFFSET), "GET /some/path?x=%3C1%3E");
        HttpResponse<String> health = get(web, "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("OK\n");
        assertRefused(plain, "/");
    }

    @Test
    void stoppingTerminatingAndClosingStopTheServer() throws Exception {
        compute.serveWebServers(MachineNames.BACKEND_IDS);
        Machine web = launch(EmbeddedCompute.webServerImageId());
        clock.advance(Duration.ofSeconds(2));
        assertThat(awaitAnswer(web, "/", r -> true).body()).contains("<h1>" + web.id() + "</h1>");

        compute.machines().stop("a", web.id(), false);
        awaitRefused(web);
        clock.advance(Duration.ofSeconds(1));
        compute.machines().start("a", web.id());
        clock.advance(Duration.ofSeconds(2));
        assertThat(awaitAnswer(web, "/health", r -> true).statusCode()).isEqualTo(200);

        compute.close();
        assertRefused(web, "/health");
        compute.serveWebServers(MachineNames.BACKEND_IDS);
        assertThat(awaitAnswer(web, "/health", r -> true).statusCode()).isEqualTo(200);
        compute.machines().terminate("a", web.id());
        awaitRefused(web);
    }

    @Test
    void theImageIsInTheCatalog() {
        assertThat(compute.images().find("anyone", EmbeddedCompute.webServerImageId()))
                .map(Image::name).contains(EmbeddedCompute.WEB_SERVER_IMAGE_NAME);
    }

    private HttpResponse<String> get(Machine machine, String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://" + machine.loopbackAddress() + ":" + (80 + OFFSET) + path.replace("<", "%3C")
                .replace(">", "%3E"));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitAnswer(Machine machine, String path, Predicate<HttpResponse<String>> accepted)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = get(machine, path);
                if (accepted.test(response)) {
                    return response;
                }
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(50);
        }
    }

    private void awaitRefused(Machine machine) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                get(machine, "/health");
                Thread.sleep(50);
            } catch (ConnectException e) {
                return;
            }
        }
        assertRefused(machine, "/health");
    }

    private void assertRefused(Machine machine, String path) {
        assertThatThrownBy(() -> get(machine, path)).isInstanceOf(ConnectException.class);
    }
}
