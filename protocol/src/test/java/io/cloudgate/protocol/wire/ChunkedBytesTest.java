package io.cloudgate.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkedBytesTest {
    @Test
    void keepsEveryByteInOrderInChunksNoLargerThanTheLimit() {
        ChunkedBytes chunked = new ChunkedBytes();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(3);
        long markAt = -1;
        for (int i = 0; i < 400; i++) {
            byte[] piece = new byte[random.nextInt(9000)];
            random.nextBytes(piece);
            if (i == 250) {
                markAt = chunked.length();
            }
            chunked.append(piece);
            expected.writeBytes(piece);
        }
        byte[] all = expected.toByteArray();

        assertThat(chunked.length()).isEqualTo(all.length);
        assertThat(chunked.chunks()).allSatisfy(chunk -> assertThat(chunk.length).isLessThanOrEqualTo(ChunkedBytes.CHUNK));
        assertThat(chunked.chunks()).hasSizeGreaterThan(1);
        assertThat(new WireResponse(200, new Headers(), chunked.chunks()).body()).isEqualTo(all);
        assertThat(chunked.copyFrom(0)).isEqualTo(all);
        assertThat(chunked.copyFrom(markAt)).isEqualTo(java.util.Arrays.copyOfRange(all, (int) markAt, all.length));
        assertThat(chunked.copyFrom(all.length)).isEmpty();
    }
}
