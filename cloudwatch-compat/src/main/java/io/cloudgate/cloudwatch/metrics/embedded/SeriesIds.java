package io.cloudgate.cloudwatch.metrics.embedded;

import io.cloudgate.cloudwatch.metrics.MetricSeries;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fixed-length id of a series for partition names: dimension values may hold any character. */
final class SeriesIds {
    private SeriesIds() {
    }

    static String of(MetricSeries series) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(series.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
