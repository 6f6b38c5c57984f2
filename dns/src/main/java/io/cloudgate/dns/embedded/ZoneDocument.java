package io.cloudgate.dns.embedded;

import java.time.Instant;

/**
 * A zone's stored header. {@code pending} is the journal of a batch whose record writes may not all have
 * happened yet (it is written first, so it is the commit point); {@code deleting} marks a deletion in progress.
 * Both are finished when the zone is next written or loaded.
 */
record ZoneDocument(String name, long serial, Instant updatedAt, ZoneEdit pending, boolean deleting) {
}
