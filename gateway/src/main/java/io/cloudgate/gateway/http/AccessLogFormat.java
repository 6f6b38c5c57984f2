package io.cloudgate.gateway.http;

import io.cloudgate.gateway.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats access log lines: {@code 2026-11-21T07:18:24.550Z <request id> /127.0.0.1:50412 account=123456789012
 * service=sts operation=GetCallerIdentity status=200 latency_ms=0.412}, absent values as {@code -}. Used by the one
 * writer thread only: it remembers the formatted second, which most lines share.
 */
final class AccessLogFormat {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.")
            .withZone(ZoneOffset.UTC);

    private long second = Long.MIN_VALUE;
    private String secondText;

    void append(StringBuilder line, long epochMillis, String requestId, String remote, Outcome outcome,
                long micros) {
        appendTime(line, epochMillis);
        line.append(' ').append(requestId).append(' ').append(remote)
                .append(" account=").append(dash(outcome.account()))
                .append(" service=").append(dash(outcome.service()))
                .append(" operation=").append(dash(outcome.operation()))
                .append(" status=").append(outcome.response().status())
                .append(" latency_ms=").append(micros / 1000).append('.');
        appendThreeDigits(line, micros % 1000);
        line.append('\n');
    }

    private void appendTime(StringBuilder line, long epochMillis) {
        long thisSecond = Math.floorDiv(epochMillis, 1000);
        if (thisSecond != second) {
            second = thisSecond;
            secondText = SECONDS.format(Instant.ofEpochSecond(thisSecond));
        }
        line.append(secondText);
        appendThreeDigits(line, Math.floorMod(epochMillis, 1000));
        line.append('Z');
    }

    private static void appendThreeDigits(StringBuilder line, long value) {
        if (value < 100) {
            line.append('0');
        }
        if (value < 10) {
            line.append('0');
        }
        line.append(value);
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
