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
        for (long from : new long[] {ChunkedBytes.CHUNK - 1, ChunkedBytes.CHUNK, ChunkedBytes.CHUNK + 1, all.length - 10}) {
            assertThat(chunked.copyFrom(from)).isEqualTo(java.util.Arrays.copyOfRange(all, (int) from, all.length));
        }
    }

    @Test
    void sharedArraysLargeEnoughBecomeChunksUncopiedAndShortOnesAreCopied() {
        ChunkedBytes chunked = new ChunkedBytes();
        byte[] shared = new byte[ChunkedBytes.SHARE_MIN];
        java.util.Arrays.fill(shared, (byte) 's');
        byte[] small = new byte[ChunkedBytes.SHARE_MIN - 1];
        java.util.Arrays.fill(small, (byte) 'c');

        chunked.append("<a>".getBytes());
        chunked.appendShared(shared);
        chunked.appendShared(small);
        chunked.appendShared(shared);
        chunked.append("</a>".getBytes());

        assertThat(chunked.chunks()).hasSize(5);
        assertThat(chunked.chunks().get(1)).isSameAs(shared);
        assertThat(chunked.chunks().get(3)).isSameAs(shared);
        String expected = "<a>" + new String(shared) + new String(small) + new String(shared) + "</a>";
        assertThat(new String(new WireResponse(200, new Headers(), chunked.chunks()).body())).isEqualTo(expected);
        assertThat(chunked.length()).isEqualTo(expected.length());
        assertThat(new String(chunked.copyFrom(2))).isEqualTo(expected.substring(2));
    }
}
