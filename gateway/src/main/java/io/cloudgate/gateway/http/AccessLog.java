package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: id, remote address, account, service, operation, status, latency. */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("cloudgate.access");

    private AccessLog() {
    }

    static void record(String requestId, String remote, Outcome outcome, long startNanos) {
        if (LOG.isInfoEnabled()) {
            long micros = (System.nanoTime() - startNanos) / 1000;
            LOG.info("{} {} account={} service={} operation={} status={} latency_ms={}.{}", requestId, remote,
                    dash(outcome.account()), dash(outcome.service()), dash(outcome.operation()),
                    outcome.response().status(), micros / 1000, threeDigits(micros % 1000));
        }
    }

    // Not String.format: this runs for every request, and the format parser showed up in profiles.
    private static String threeDigits(long value) {
        String digits = Long.toString(value);
        return "000".substring(digits.length()) + digits;
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
