package io.cloudgate.gateway.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids shaped like AWS's (UUIDs), without SecureRandom's cost on every request. */
final class RequestIds {
    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
