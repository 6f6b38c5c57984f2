package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.gateway.FuzzSeeds.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Throws a deterministic corpus of mutated requests at every protocol the gateway speaks and checks that each is
 * answered, quickly, with a 2xx or a 4xx in the envelope of the protocol it spoke; never a 5xx, a hang or a silent
 * close. Afterwards the seeds must still succeed and Netty's (paranoid) leak detector must have nothing to report.
 */
class GatewayFuzzTest {
    private static final long RANDOM_SEED = 0x5EED_F022L;
    private static final int MUTANTS_PER_SEED = 400;
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final int WORKERS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> PROTOCOLS = List.of("awsQuery", "ec2Query", "restXml", "awsJson1_0",
            "rpcv2Cbor");

    @Test
    void mutatedRequestsGetClientErrorsInTheirProtocolsEnvelopeAndLeaveTheGatewayHealthy() throws Exception {
        try (LogCapture logs = LogCapture.attach(); Gateway gateway = startGateway();
             ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor()) {
            var admin = gateway.firstAdminKey().orElseThrow();
            FuzzSigner signer = new FuzzSigner(gateway.port(), admin.record().accessKeyId(), admin.secretAccessKey());
            List<Seed> seeds = FuzzSeeds.all("fuzz-seed-before");
            assertSucceed(seeds, signer, gateway.port(), watchdog);

            long start = System.nanoTime();
            List<FuzzRequest> corpus = new ArrayList<>(new FuzzCorpus(RANDOM_SEED, MAX_BODY_BYTES)
                    .build(seeds.stream().map(Seed::request).toList(), MUTANTS_PER_SEED));
            Collections.shuffle(corpus, new Random(RANDOM_SEED));
            long built = System.nanoTime();
            FuzzTally tally = storm(corpus, signer, gateway.port(), watchdog);
            System.out.printf("Gateway fuzz: %d requests built in %d ms, sent in %d ms%n%s%n", corpus.size(),
                    (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000, tally.summary());

            // Leaked buffers are reported once collected, when a later buffer is tracked: collect, then send again.
            for (int round = 1; round <= 2; round++) {
                System.gc();
                Thread.sleep(200);
                assertSucceed(FuzzSeeds.all("fuzz-seed-after-" + round), signer, gateway.port(), watchdog);
            }

            List<String> violations = tally.violations();
            assertThat(violations).withFailMessage(
                    "%d of %d requests answered wrongly:%n%s%nserver errors logged:%n%s",
                    violations.size(), corpus.size(), String.join("\n", violations.subList(0,
                            Math.min(80, violations.size()))), firstLines(logs.containing("failed"), 5)).isEmpty();
            assertThat(logs.containing("LEAK:")).as("Netty leak reports").isEmpty();
            for (String protocol : PROTOCOLS) {
                assertThat(tally.sent(protocol)).as("requests sent in %s", protocol).isGreaterThan(800);
                assertThat(tally.pastAuthenticationShare(protocol))
                        .as("share of freshly signed %s requests that got past authentication", protocol)
                        .isGreaterThan(0.6);
            }
        }
    }

    private static Gateway startGateway() throws Exception {
        Path directory = Files.createTempDirectory("gateway-fuzz");
        GatewayConfig config = CommandLine.parse(new String[] {"--port", "0", "--dns-port", "0",
                "--data-dir", directory.resolve("data").toString(),
                "--master-key-file", directory.resolve("master.key").toString(),
                "--max-body-bytes", Integer.toString(MAX_BODY_BYTES),
                "--request-timeout-seconds", "1",
                "--requests-per-second", "1000000"}, Map.of());
        Gateway gateway = Gateway.create(config, Clock.systemUTC(), FuzzServices.all());
        gateway.start();
        return gateway;
    }

    private static FuzzTally storm(List<FuzzRequest> corpus, FuzzSigner signer, int port,
                                   ScheduledExecutorService watchdog) throws Exception {
        FuzzTally tally = new FuzzTally();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(workers.submit(() -> {
                    try (FuzzClient client = new FuzzClient(port, TIMEOUT, watchdog)) {
                        for (int i = next.getAndIncrement(); i < corpus.size(); i = next.getAndIncrement()) {
                            FuzzRequest request = corpus.get(i);
                            FuzzSigner.Signed signed = signer.sign(request);
                            long sent = System.nanoTime();
                            FuzzClient.Result result = client.exchange(request, signed);
                            long millis = (System.nanoTime() - sent) / 1_000_000;
                            EnvelopeCheck.Envelope expected = EnvelopeCheck.expected(request, signed);
                            tally.record(request, signed, result, EnvelopeCheck.violation(request, expected, result),
                                    millis);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
        return tally;
    }

    /** Every seed, freshly signed, is answered 2xx with its expected text in the body. */
    private static void assertSucceed(List<Seed> seeds, FuzzSigner signer, int port,
                                      ScheduledExecutorService watchdog) {
        try (FuzzClient client = new FuzzClient(port, TIMEOUT, watchdog)) {
            for (Seed seed : seeds) {
                FuzzClient.Result result = client.exchange(seed.request(), signer.sign(seed.request()));
                assertThat(result.response()).as("answer to seed %s (%s)", seed.request().label(), result.failure())
                        .isNotNull();
                String body = new String(result.response().body(), StandardCharsets.UTF_8);
                assertThat(result.response().status()).as("status of seed %s: %s", seed.request().label(), body)
                        .isBetween(200, 299);
                Optional.ofNullable(seed.expectedInBody()).ifPresent(expected -> assertThat(body)
                        .as("seed %s answer", seed.request().label()).contains(expected));
            }
        }
    }

    private static String firstLines(List<String> lines, int count) {
        return String.join("\n", lines.subList(0, Math.min(count, lines.size())));
    }
}
