package io.cloudgate.identity.store;

import java.time.Instant;

public record AccountRecord(String accountId, String name, Instant createdAt) {
}
