package io.cloudgate.protocol.cbor;

import io.cloudgate.protocol.wire.MalformedRequestException;

/**
 * A linear walk over CBOR item headers that refuses shapes the parser would handle badly before it sees
 * them: nesting deeper than the limit, long runs of tags (Jackson's parser spends quadratic time on those),
 * and lengths running past the end. It does not decode values; the parser still does that.
 */
final class CborStructure {
    private static final int MAX_DEPTH = 1000;
    private static final int MAX_TAGS_PER_ITEM = 4;
    private static final long INDEFINITE = -1;

    private CborStructure() {
    }

    static void check(byte[] data) {
        long[] remaining = new long[MAX_DEPTH + 1];
        int depth = 0;
        remaining[0] = 1;
        int pos = 0;
        while (depth >= 0) {
            if (remaining[depth] == 0) {
                depth--;
                continue;
            }
            require(pos < data.length, "CBOR body ends inside an item");
            if (remaining[depth] == INDEFINITE && (data[pos] & 0xff) == 0xff) {
                pos++;
                depth--;
                continue;
            }
            if (remaining[depth] > 0) {
                remaining[depth]--;
            }
            int tags = 0;
            while (pos < data.length && (data[pos] & 0xff) >>> 5 == 6) {
                require(++tags <= MAX_TAGS_PER_ITEM, "CBOR item carries more than " + MAX_TAGS_PER_ITEM + " tags");
                pos = skipHeader(data, pos);
            }
            require(pos < data.length, "CBOR body ends inside an item");
            int major = (data[pos] & 0xff) >>> 5;
            boolean indefinite = (data[pos] & 0x1f) == 31;
            boolean sized = major >= 2 && major <= 5;
            long argument = indefinite ? INDEFINITE : sized ? argument(data, pos) : 0;
            pos = skipHeader(data, pos);
            long children = switch (major) {
                case 2, 3 -> indefinite ? INDEFINITE : skipBytes(data, pos, argument);
                case 4 -> argument;
                case 5 -> indefinite ? INDEFINITE : multiply(argument);
                default -> 0;
            };
            if ((major == 2 || major == 3) && !indefinite) {
                pos += (int) argument;
                continue;
            }
            if (children != 0) {
                require(depth + 1 <= MAX_DEPTH, "CBOR body nests deeper than " + MAX_DEPTH);
                remaining[++depth] = children;
            }
        }
    }

    private static long skipBytes(byte[] data, int pos, long length) {
        require(length <= data.length - pos, "CBOR string runs past the end of the body");
        return 0;
    }

    private static long multiply(long pairs) {
        require(pairs <= Integer.MAX_VALUE, "CBOR map too large");
        return pairs * 2;
    }

    /** The position after the item header at pos. */
    private static int skipHeader(byte[] data, int pos) {
        int info = data[pos] & 0x1f;
        int extra = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            case 28, 29, 30 -> throw new MalformedRequestException("Reserved CBOR additional information " + info);
            default -> 0;
        };
        require(pos + 1 + extra <= data.length, "CBOR body ends inside an item header");
        return pos + 1 + extra;
    }

    private static long argument(byte[] data, int pos) {
        int info = data[pos] & 0x1f;
        if (info < 24) {
            return info;
        }
        int bytes = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        require(pos + 1 + bytes <= data.length, "CBOR body ends inside an item header");
        long value = 0;
        for (int i = 1; i <= bytes; i++) {
            value = (value << 8) | (data[pos + i] & 0xff);
        }
        require(value >= 0, "CBOR length too large");
        return value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MalformedRequestException(message);
        }
    }
}
