package io.cloudgate.compute.openstack;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Collapses concurrent identical reads: while one GET of a path in a project is under way, callers asking for the
 * same share its answer instead of sending their own. Nothing is kept once the call ends, so a read that starts
 * after a write still sees it.
 */
final class InFlightReads {
    private record Key(String service, String project, String path) {
    }

    private final Map<Key, CompletableFuture<ApiResponse>> inFlight = new ConcurrentHashMap<>();

    ApiResponse get(String service, String project, String path, Supplier<ApiResponse> read) {
        Key key = new Key(service, project, path);
        CompletableFuture<ApiResponse> mine = new CompletableFuture<>();
        CompletableFuture<ApiResponse> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            ApiResponse response = read.get();
            mine.complete(response);
            return response;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static ApiResponse await(CompletableFuture<ApiResponse> running) {
        try {
            return running.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.cloudgate.compute.ComputeException(io.cloudgate.compute.ComputeException.Kind.UNAVAILABLE,
                    "Interrupted while waiting for the cloud");
        }
    }
}
