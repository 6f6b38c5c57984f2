package io.cloudgate.protocol.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CborStructureTest {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    @Test
    void acceptsOrdinaryDocumentsIncludingIndefiniteLengthsAndTimestamps() throws Exception {
        byte[] document = CBOR.writeValueAsBytes(Map.of("Namespace", "App", "Values", List.of(1.5, -2, 3L << 40),
                "Nested", Map.of("blob", new byte[] {1, 2, 3}, "flag", true)));
        assertThatCode(() -> CborStructure.check(document)).doesNotThrowAnyException();
        byte[] indefinite = {(byte) 0xbf, 0x61, 'a', (byte) 0x9f, 0x01, (byte) 0xc1, 0x1a, 0x65, 0x53, (byte) 0xf1,
                0x00, (byte) 0xff, 0x7f, 0x61, 'x', (byte) 0xff, 0x01, (byte) 0xff};
        assertThatCode(() -> CborStructure.check(indefinite)).doesNotThrowAnyException();
    }

    @Test
    void refusesTagFloodsQuicklyAndTruncatedOrOverlongItems() {
        byte[] tags = new byte[100_001];
        Arrays.fill(tags, (byte) 0xc6);
        tags[100_000] = 0x01;
        long started = System.nanoTime();
        assertThatThrownBy(() -> CborStructure.check(tags)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("tags");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> CborStructure.check(new byte[] {(byte) 0x5b, 0x7f, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> CborStructure.check(new byte[] {(byte) 0x82, 0x01}))
                .isInstanceOf(MalformedRequestException.class);
        byte[] deep = new byte[2000];
        Arrays.fill(deep, (byte) 0x81);
        assertThatThrownBy(() -> CborStructure.check(deep)).hasMessageContaining("deeper");
    }
}
