package io.cloudgate.cloudwatch.metrics.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * Which stored resolution a query reads for which time range. Every resolution holds the roll-up of the finer
 * ones, so wherever a whole slot of a coarser resolution that divides the period lies inside one query period,
 * that slot stands for the finer slots it covers: the answer is the same, from far fewer slots (an hourly query
 * aligned on the hour reads 1 slot per period instead of 60). Only the edges of a period that coarser slots do
 * not fill are read at the query's base resolution.
 */
final class ReadPlan {
    /** Slots of {@code resolution} starting in [from, to). */
    record Segment(Resolution resolution, long from, long to) {
    }

    private ReadPlan() {
    }

    /** Segments covering [from, to) in time order, for periods of {@code periodSeconds} starting at {@code from}. */
    static List<Segment> of(Resolution base, int periodSeconds, long from, long to) {
        List<Resolution> coarsestFirst = new ArrayList<>();
        for (Resolution resolution : Resolution.values()) {
            if (resolution.seconds >= base.seconds && periodSeconds % resolution.seconds == 0) {
                coarsestFirst.addFirst(resolution);
            }
        }
        List<Segment> segments = new ArrayList<>();
        if (coarsestFirst.size() <= 1) {
            segments.add(new Segment(base, from, to));
            return segments;
        }
        for (long periodStart = from; periodStart < to; periodStart += periodSeconds) {
            cover(periodStart, Math.min(periodStart + periodSeconds, to), coarsestFirst, 0, segments);
        }
        return segments;
    }

    private static void cover(long from, long to, List<Resolution> coarsestFirst, int index, List<Segment> segments) {
        if (from >= to) {
            return;
        }
        Resolution resolution = coarsestFirst.get(index);
        if (index == coarsestFirst.size() - 1) {
            add(segments, resolution, from, to);
            return;
        }
        long size = resolution.seconds;
        long wholeFrom = Math.floorDiv(from + size - 1, size) * size;
        long wholeTo = Math.floorDiv(to, size) * size;
        if (wholeFrom >= wholeTo) {
            cover(from, to, coarsestFirst, index + 1, segments);
            return;
        }
        cover(from, wholeFrom, coarsestFirst, index + 1, segments);
        add(segments, resolution, wholeFrom, wholeTo);
        cover(wholeTo, to, coarsestFirst, index + 1, segments);
    }

    /** Appends, joining the previous segment when it is of the same resolution and ends where this one starts. */
    private static void add(List<Segment> segments, Resolution resolution, long from, long to) {
        if (!segments.isEmpty()) {
            Segment last = segments.getLast();
            if (last.resolution() == resolution && last.to() == from) {
                segments.set(segments.size() - 1, new Segment(resolution, last.from(), to));
                return;
            }
        }
        segments.add(new Segment(resolution, from, to));
    }
}
