package io.cloudgate.ec2.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.store.Document;
import io.cloudgate.store.Table;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table of one record type whose read-modify-write changes are compare-and-set: a change is written only if
 * the document is still the version it was computed from, and is recomputed from the newer version otherwise.
 * Two gateways sharing a store (or two requests in one) never lose each other's changes.
 */
public final class VersionedTable<T> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Table table;
    private final Class<T> type;

    /** A value and the version of the document it was read from. */
    public record Versioned<T>(T value, long version) {
    }

    public VersionedTable(Table table, Class<T> type) {
        this.table = table;
        this.type = type;
    }

    public Optional<T> get(String partition, String key) {
        return table.get(partition, key).map(this::read);
    }

    public Optional<Versioned<T>> getVersioned(String partition, String key) {
        return table.get(partition, key).map(document -> new Versioned<>(read(document), document.version()));
    }

    /** Writes only if the key is absent (or expired); a null ttl never expires. */
    public boolean putIfAbsent(String partition, String key, T value, Duration ttl) {
        return table.putIfAbsent(partition, key, write(value), ttl);
    }

    /** Writes only if the document is still at that version. */
    public boolean replace(String partition, String key, long expectedVersion, T value) {
        return table.replace(partition, key, expectedVersion, write(value));
    }

    public List<T> scan(String partition) {
        return table.scan(partition, null, Integer.MAX_VALUE).stream().map(this::read).toList();
    }

    /**
     * Applies the change to the current value (null when there is none) and writes the result if nothing was
     * written in between, else tries again on the newer value. The change may throw to refuse; it may run more
     * than once, so it must not have side effects. Returns what was written.
     */
    public T update(String partition, String key, UnaryOperator<T> change) {
        while (true) {
            Optional<Document> current = table.get(partition, key);
            T next = change.apply(current.map(this::read).orElse(null));
            String json = write(next);
            boolean written = current.isPresent()
                    ? table.replace(partition, key, current.get().version(), json)
                    : table.putIfAbsent(partition, key, json, null);
            if (written) {
                return next;
            }
        }
    }

    public boolean delete(String partition, String key) {
        return table.delete(partition, key);
    }

    private T read(Document document) {
        try {
            return MAPPER.readValue(document.json(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt " + type.getSimpleName() + " document " + document.key(), e);
        }
    }

    private String write(T value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
