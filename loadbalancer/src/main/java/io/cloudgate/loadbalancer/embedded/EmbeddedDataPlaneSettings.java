package io.cloudgate.loadbalancer.embedded;

import java.time.Duration;

/**
 * Tuning of the embedded proxy.
 *
 * @param portOffset       added to every listener port when binding, so that a non-root user on a laptop can run
 *                         balancers configured for ports 80/443 (e.g. offset 10000 binds 10080); the
 *                         X-Forwarded-Port header and redirects still show the configured port
 * @param eventLoopThreads threads of the proxy's own event loop group
 * @param connectTimeout   how long connecting to a member may take before the request fails with 502
 * @param maxRequestBytes  largest request (headers and body) accepted from a client; larger ones get 413
 */
public record EmbeddedDataPlaneSettings(int portOffset, int eventLoopThreads, Duration connectTimeout,
                                        int maxRequestBytes) {

    public EmbeddedDataPlaneSettings {
        if (portOffset < 0 || portOffset > 60000) {
            throw new IllegalArgumentException("port offset out of range: " + portOffset);
        }
        if (eventLoopThreads < 1) {
            throw new IllegalArgumentException("event loop threads must be positive");
        }
    }

    public static EmbeddedDataPlaneSettings defaults() {
        return new EmbeddedDataPlaneSettings(0, 2, Duration.ofSeconds(5), 10 * 1024 * 1024);
    }

    public EmbeddedDataPlaneSettings withPortOffset(int offset) {
        return new EmbeddedDataPlaneSettings(offset, eventLoopThreads, connectTimeout, maxRequestBytes);
    }
}
