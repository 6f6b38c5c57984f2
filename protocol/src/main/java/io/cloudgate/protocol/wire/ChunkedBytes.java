package io.cloudgate.protocol.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes appended in chunks of at most {@link #CHUNK} bytes. Megabyte responses built in one array are "humongous"
 * objects to the G1 collector (over half a heap region), each forcing a young collection: listings of thousands
 * of items paused the gateway every half second. Chunks stay small, and are sent as they are. Arrays appended
 * with {@link #appendShared} become chunks themselves, uncopied.
 */
public final class ChunkedBytes {
    public static final int CHUNK = 128 * 1024;
    /** Shorter shared arrays are copied: a chunk of its own costs more than copying a few hundred bytes. */
    static final int SHARE_MIN = 512;

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

    /**
     * Appends an array the caller will never change, as a chunk of its own when it is large enough: listings
     * made of kept encodings (thousands of items, megabytes a response) then allocate no copy of them.
     */
    public void appendShared(byte[] bytes) {
        if (bytes.length < SHARE_MIN) {
            append(bytes);
            return;
        }
        if (currentLength > 0) {
            full.add(java.util.Arrays.copyOf(current, currentLength));
            currentLength = 0;
        }
        full.add(bytes);
        length += bytes.length;
    }

    public long length() {
        return length;
    }

    /** The bytes from position {@code from} (inclusive) to the end, as one array. */
    public byte[] copyFrom(long from) {
        byte[] copy = new byte[Math.toIntExact(length - from)];
        int written = 0;
        long chunkStart = 0;
        // Not through chunks(): that trims a copy of the current chunk, up to CHUNK bytes, on every call.
        for (byte[] chunk : full) {
            written += copyTail(chunk, chunk.length, from - chunkStart, copy, written);
            chunkStart += chunk.length;
        }
        copyTail(current, currentLength, from - chunkStart, copy, written);
        return copy;
    }

    /** Copies the first {@code length} bytes of a chunk from {@code start} on (none if start is past them). */
    private static int copyTail(byte[] chunk, int length, long start, byte[] copy, int at) {
        if (start >= length) {
            return 0;
        }
        int from = (int) Math.max(0, start);
        System.arraycopy(chunk, from, copy, at, length - from);
        return length - from;
    }

    /** The chunks in order, the last one trimmed to its length; shared arrays may exceed {@link #CHUNK}. */
    public List<byte[]> chunks() {
        List<byte[]> chunks = new ArrayList<>(full);
        if (currentLength > 0) {
            chunks.add(currentLength == current.length ? current : java.util.Arrays.copyOf(current, currentLength));
        }
        return chunks;
    }
}
