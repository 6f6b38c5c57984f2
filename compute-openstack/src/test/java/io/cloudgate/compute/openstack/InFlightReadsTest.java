package io.cloudgate.compute.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightReadsTest {
    private final InFlightReads reads = new InFlightReads();

    @Test
    void concurrentIdenticalReadsShareOneCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<ApiResponse> first = executor.submit(() -> reads.get("compute", "p", "/servers", () -> {
                calls.incrementAndGet();
                started.countDown();
                await(release);
                return new ApiResponse(200, TextNode.valueOf("answer"));
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            Future<ApiResponse> second = executor.submit(() -> reads.get("compute", "p", "/servers", () -> {
                calls.incrementAndGet();
                return new ApiResponse(200, TextNode.valueOf("own call"));
            }));
            Thread.sleep(100);
            release.countDown();
            assertThat(second.get(5, TimeUnit.SECONDS).body().asText()).isEqualTo("answer");
            assertThat(first.get(5, TimeUnit.SECONDS).body().asText()).isEqualTo("answer");
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void readsOfOtherPathsOrProjectsAndLaterReadsCallAgain() {
        AtomicInteger calls = new AtomicInteger();
        reads.get("compute", "p", "/servers", () -> response(calls));
        reads.get("compute", "q", "/servers", () -> response(calls));
        reads.get("network", "p", "/servers", () -> response(calls));
        reads.get("compute", "p", "/servers", () -> response(calls));
        assertThat(calls).hasValue(4);
    }

    private static ApiResponse response(AtomicInteger calls) {
        calls.incrementAndGet();
        return ApiResponse.empty(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
