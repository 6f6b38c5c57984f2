package io.cloudgate.loadbalancer;

import java.time.Duration;
import java.util.List;

/** What a listener does with a connection (TCP) or a request (HTTP). */
public sealed interface Action {

    /**
     * Sends to one of the pools, chosen by weight per request (per connection for TCP); with stickiness, a client
     * that was sent to a pool stays on it for the duration.
     */
    record Forward(List<WeightedPool> pools, Duration poolStickiness) implements Action {
        public Forward {
            pools = List.copyOf(pools);
        }
    }

    record WeightedPool(String poolId, int weight) {
    }

    /**
     * An HTTP redirect; each part may use {@code #{protocol}}, {@code #{host}}, {@code #{port}}, {@code #{path}},
     * {@code #{query}} to keep the request's own.
     */
    record Redirect(String protocol, String host, String port, String path, String query, int statusCode)
            implements Action {
    }

    record FixedResponse(int statusCode, String contentType, String body) implements Action {
    }
}
