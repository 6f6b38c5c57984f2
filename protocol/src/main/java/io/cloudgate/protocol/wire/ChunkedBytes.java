package io.cloudgate.protocol.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes appended in chunks of at most {@link #CHUNK} bytes. Megabyte responses built in one array are "humongous"
 * objects to the G1 collector (over half a heap region), each forcing a young collection: listings of thousands
 * of items paused the gateway every half second. Chunks stay small, and are sent as they are.
 */
public final class ChunkedBytes {
    public static final int CHUNK = 128 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[1024];
    private int currentLength;
    private long length;

    public void append(byte[] bytes) {
        append(bytes, 0, bytes.length);
    }

    public void append(byte[] bytes, int offset, int count) {
        while (count > 0) {
            if (currentLength == current.length) {
                if (current.length < CHUNK) {
                    current = java.util.Arrays.copyOf(current, Math.min(CHUNK, current.length * 2));
                } else {
                    full.add(current);
                    current = new byte[CHUNK];
                    currentLength = 0;
                }
            }
            int n = Math.min(count, current.length - currentLength);
            System.arraycopy(bytes, offset, current, currentLength, n);
            currentLength += n;
            offset += n;
            count -= n;
            length += n;
        }
    }

    public long length() {
        return length;
    }

    /** The bytes from position {@code from} (inclusive) to the end, as one array. */
    public byte[] copyFrom(long from) {
        byte[] copy = new byte[Math.toIntExact(length - from)];
        int written = 0;
        long chunkStart = 0;
        for (byte[] chunk : chunks()) {
            long chunkEnd = chunkStart + chunk.length;
            if (chunkEnd > from) {
                int start = (int) Math.max(0, from - chunkStart);
                System.arraycopy(chunk, start, copy, written, chunk.length - start);
                written += chunk.length - start;
            }
            chunkStart = chunkEnd;
        }
        return copy;
    }

    /** The chunks in order, the last one trimmed to its length. */
    public List<byte[]> chunks() {
        List<byte[]> chunks = new ArrayList<>(full);
        if (currentLength > 0) {
            chunks.add(currentLength == current.length ? current : java.util.Arrays.copyOf(current, currentLength));
        }
        return chunks;
    }
}
