package io.cloudgate.cloudwatch.metrics.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.cloudwatch.metrics.embedded.ReadPlan.Segment;
import org.junit.jupiter.api.Test;

class ReadPlanTest {
    private static final long DAY = 86_400;

    @Test
    void periodsAlignedOnTheHourReadHourlySlotsOnly() {
        assertThat(ReadPlan.of(Resolution.MINUTE, 3600, DAY, DAY + 7 * 3600))
                .containsExactly(new Segment(Resolution.HOUR, DAY, DAY + 7 * 3600));
    }

    @Test
    void unalignedPeriodsReadFiveMinuteSlotsInsideAndMinutesAtTheEdges() {
        long start = DAY + 17 * 60;
        assertThat(ReadPlan.of(Resolution.MINUTE, 3600, start, start + 2 * 3600)).containsExactly(
                new Segment(Resolution.MINUTE, start, DAY + 20 * 60),
                new Segment(Resolution.FIVE_MINUTES, DAY + 20 * 60, DAY + 75 * 60),
                new Segment(Resolution.MINUTE, DAY + 75 * 60, DAY + 80 * 60),
                new Segment(Resolution.FIVE_MINUTES, DAY + 80 * 60, DAY + 135 * 60),
                new Segment(Resolution.MINUTE, DAY + 135 * 60, start + 2 * 3600));
    }

    @Test
    void aPartialLastPeriodUsesOnlyWholeCoarseSlots() {
        assertThat(ReadPlan.of(Resolution.MINUTE, 3600, DAY, DAY + 3600 + 7 * 60)).containsExactly(
                new Segment(Resolution.HOUR, DAY, DAY + 3600),
                new Segment(Resolution.FIVE_MINUTES, DAY + 3600, DAY + 3600 + 5 * 60),
                new Segment(Resolution.MINUTE, DAY + 3600 + 5 * 60, DAY + 3600 + 7 * 60));
    }

    @Test
    void periodsNoCoarserResolutionDividesReadTheBaseResolution() {
        assertThat(ReadPlan.of(Resolution.MINUTE, 120, DAY, DAY + 3600))
                .containsExactly(new Segment(Resolution.MINUTE, DAY, DAY + 3600));
        assertThat(ReadPlan.of(Resolution.FIVE_MINUTES, 300, DAY + 60, DAY + 3600))
                .containsExactly(new Segment(Resolution.FIVE_MINUTES, DAY + 60, DAY + 3600));
    }
}
