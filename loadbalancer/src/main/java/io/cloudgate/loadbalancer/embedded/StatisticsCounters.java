package io.cloudgate.loadbalancer.embedded;

import io.cloudgate.loadbalancer.BalancerStatistics;

import java.util.concurrent.atomic.LongAdder;

/** The live counters of one balancer, updated from every event loop without locking. */
final class StatisticsCounters {
    final LongAdder requests = new LongAdder();
    final LongAdder connectionsAccepted = new LongAdder();
    final LongAdder activeConnections = new LongAdder();
    final LongAdder latencyMicros = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    private final LongAdder[] memberResponses = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder balancer4xx = new LongAdder();
    private final LongAdder balancer5xx = new LongAdder();

    void memberResponse(int status) {
        int index = status / 100 - 2;
        if (index >= 0 && index < memberResponses.length) {
            memberResponses[index].increment();
        }
    }

    void balancerResponse(int status) {
        if (status >= 500) {
            balancer5xx.increment();
        } else if (status >= 400) {
            balancer4xx.increment();
        }
    }

    BalancerStatistics snapshot() {
        return new BalancerStatistics(requests.sum(), connectionsAccepted.sum(), activeConnections.sum(),
                latencyMicros.sum(), memberResponses[0].sum(), memberResponses[1].sum(), memberResponses[2].sum(),
                memberResponses[3].sum(), balancer4xx.sum(), balancer5xx.sum(), bytesIn.sum(), bytesOut.sum());
    }
}
