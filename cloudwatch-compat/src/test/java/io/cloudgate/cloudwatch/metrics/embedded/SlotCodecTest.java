package io.cloudgate.cloudwatch.metrics.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.cloudwatch.metrics.Distribution;
import io.cloudgate.cloudwatch.metrics.StatisticSet;
import io.cloudgate.store.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCodecTest {
    private final SlotCodec codec = new SlotCodec();

    private StoredSlot roundTrip(StoredSlot slot) {
        return codec.read(new Document("p", "k", codec.write(slot), 1));
    }

    @Test
    void keepsStatisticsAndDistributionExactly() {
        Distribution values = new Distribution(List.of(-0.0, 0.1, 2.0, 1e300), List.of(1.0, 2.5, 3.0, 1.0));
        StoredSlot slot = new StoredSlot(1_700_000_000L, "Milliseconds",
                new StatisticSet(7.5, Double.POSITIVE_INFINITY, -0.0, 1e300), values);
        assertThat(roundTrip(slot)).isEqualTo(slot);
        StoredSlot withoutValues = new StoredSlot(60, "None", new StatisticSet(2, 3, 1, 2), null);
        assertThat(roundTrip(withoutValues)).isEqualTo(withoutValues);
    }

    @Test
    void writesWholeNumbersWithoutAFraction() {
        StoredSlot slot = new StoredSlot(60, "Count", StatisticSet.of(4), Distribution.of(4));
        assertThat(codec.write(slot)).isEqualTo("[60,\"Count\",1,4,4,4,[4],[1]]");
    }

    @Test
    void readsSlotsStoredAsObjects() {
        String object = "{\"start\":60,\"unit\":\"Count\",\"statistics\":{\"sampleCount\":1.0,\"sum\":4.0,"
                + "\"minimum\":4.0,\"maximum\":4.0},\"distribution\":{\"values\":[4.0],\"counts\":[1.0]}}";
        assertThat(codec.read(new Document("p", "k", object, 1)))
                .isEqualTo(new StoredSlot(60, "Count", StatisticSet.of(4), Distribution.of(4)));
    }

    @Test
    void refusesACorruptSlot() {
        assertThatThrownBy(() -> codec.read(new Document("p", "k", "[60,\"Count\",1,\"x\"]", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Corrupt metric slot p k");
    }
}
