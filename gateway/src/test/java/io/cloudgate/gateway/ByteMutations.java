package io.cloudgate.gateway;

import java.util.Arrays;
import java.util.Random;

/** Format-blind mutations of a byte string: flips, overwrites, insertions, deletions, truncations, splices. */
final class ByteMutations {
    /** Bytes that mean something to some parser: delimiters, escapes, UTF-8 lead and continuation bytes. */
    private static final byte[] INTERESTING = {0, (byte) 0xff, 0x7f, (byte) 0x80, (byte) 0xc0, (byte) 0xc3,
            (byte) 0xed, (byte) 0xf4, (byte) 0xfe, '%', '&', '=', '+', '<', '>', '{', '}', '[', ']', '"', '\\', ':',
            ',', '.', '/', '\r', '\n', (byte) 0x9f, (byte) 0xbf, (byte) 0x1f, (byte) 0x5f, (byte) 0xa0};

    record Mutated(byte[] bytes, String label) {
    }

    private ByteMutations() {
    }

    static Mutated mutate(byte[] data, Random random) {
        if (data.length == 0) {
            return insert(data, random);
        }
        return switch (random.nextInt(8)) {
            case 0 -> flipBits(data, random);
            case 1 -> overwrite(data, random);
            case 2 -> insert(data, random);
            case 3 -> delete(data, random);
            case 4 -> truncate(data, random);
            case 5 -> splice(data, random);
            case 6 -> swap(data, random);
            default -> new Mutated(new byte[0], "empty");
        };
    }

    private static Mutated flipBits(byte[] data, Random random) {
        byte[] result = data.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int position = random.nextInt(result.length);
            result[position] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutated(result, "flip " + flips + " bits");
    }

    private static Mutated overwrite(byte[] data, Random random) {
        byte[] result = data.clone();
        int position = random.nextInt(result.length);
        byte value = interesting(random);
        result[position] = value;
        return new Mutated(result, String.format("byte %d := 0x%02x", position, value & 0xff));
    }

    private static Mutated insert(byte[] data, Random random) {
        int position = random.nextInt(data.length + 1);
        byte[] inserted = new byte[1 + random.nextInt(16)];
        for (int i = 0; i < inserted.length; i++) {
            inserted[i] = interesting(random);
        }
        byte[] result = new byte[data.length + inserted.length];
        System.arraycopy(data, 0, result, 0, position);
        System.arraycopy(inserted, 0, result, position, inserted.length);
        System.arraycopy(data, position, result, position + inserted.length, data.length - position);
        return new Mutated(result, "insert " + inserted.length + " bytes at " + position);
    }

    private static Mutated delete(byte[] data, Random random) {
        int start = random.nextInt(data.length);
        int length = 1 + random.nextInt(Math.min(32, data.length - start));
        byte[] result = new byte[data.length - length];
        System.arraycopy(data, 0, result, 0, start);
        System.arraycopy(data, start + length, result, start, data.length - start - length);
        return new Mutated(result, "delete " + length + " bytes at " + start);
    }

    private static Mutated truncate(byte[] data, Random random) {
        int length = random.nextInt(data.length);
        return new Mutated(Arrays.copyOf(data, length), "truncate to " + length);
    }

    /** Repeats a slice of the data elsewhere in it, which keeps most of the grammar's tokens intact. */
    private static Mutated splice(byte[] data, Random random) {
        int from = random.nextInt(data.length);
        int length = 1 + random.nextInt(Math.min(64, data.length - from));
        int to = random.nextInt(data.length + 1);
        byte[] result = new byte[data.length + length];
        System.arraycopy(data, 0, result, 0, to);
        System.arraycopy(data, from, result, to, length);
        System.arraycopy(data, to, result, to + length, data.length - to);
        return new Mutated(result, "copy " + length + " bytes from " + from + " to " + to);
    }

    private static Mutated swap(byte[] data, Random random) {
        byte[] result = data.clone();
        int a = random.nextInt(result.length);
        int b = random.nextInt(result.length);
        byte kept = result[a];
        result[a] = result[b];
        result[b] = kept;
        return new Mutated(result, "swap bytes " + a + " and " + b);
    }

    private static byte interesting(Random random) {
        return random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
    }
}
