package io.cloudgate.cloudwatch.metrics;

import java.util.List;

/** One page of listed series, and the token of the next page (null on the last). */
public record SeriesPage(List<ListedSeries> series, String nextToken) {
    public SeriesPage {
        series = List.copyOf(series);
    }
}
