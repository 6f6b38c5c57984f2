package io.cloudgate.protocol.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Immutable output values an operation will return again unchanged (it keeps them between requests), so that a
 * codec may keep their encoding beside them and write it again instead of walking the value. Held weakly: an
 * encoding lives as long as its operation keeps the value. Only marked values are kept, so that values built for
 * one response cost nothing here.
 */
public final class ReusableValues {
    private static final Cache<Object, Encoding> ENCODINGS = Caffeine.newBuilder().weakKeys()
            .maximumSize(100_000).build();

    private ReusableValues() {
    }

    /** Marks a value as reusable; returns it. The value must never change afterwards. */
    public static <T> T mark(T value) {
        ENCODINGS.put(value, new Encoding());
        return value;
    }

    /** The encoding slot of a marked value (compared by identity), or null for any other value. */
    public static Encoding encoding(Object value) {
        return ENCODINGS.getIfPresent(value);
    }

    /**
     * One encoding of a value, and what it was encoded for (a codec and a member, since the same value under
     * another element name or by another codec is different text). The last encoding made wins.
     */
    public static final class Encoding {
        private volatile Entry entry;

        /** The bytes encoded for this codec and context, or null. */
        public byte[] bytes(Object codec, Object context) {
            Entry current = entry;
            return current != null && current.codec == codec && current.context == context ? current.bytes : null;
        }

        /** Keeps bytes the caller will never change. */
        public void remember(Object codec, Object context, byte[] bytes) {
            entry = new Entry(codec, context, bytes);
        }

        private record Entry(Object codec, Object context, byte[] bytes) {
        }
    }
}
