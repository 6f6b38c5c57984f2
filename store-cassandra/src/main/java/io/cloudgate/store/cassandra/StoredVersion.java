package io.cloudgate.store.cassandra;

import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;

/** What a conditional write compares against: a row's version and expiry as last seen. */
record StoredVersion(long version, Instant expiresAt) {

    boolean isLiveAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    /** The row's state from a read or from a refused lightweight transaction; null when there is no row. */
    static StoredVersion from(Row row) {
        if (row == null || !row.getColumnDefinitions().contains("version") || row.isNull("version")) {
            return null;
        }
        return new StoredVersion(row.getLong("version"), row.getInstant("expires_at"));
    }
}
