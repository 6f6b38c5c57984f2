package io.cloudgate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A table whose documents are one record type, mapped to JSON with Jackson. */
public final class TypedTable<T> {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Table table;
    private final Class<T> type;
    private final ReadCache<T> cache;

    public TypedTable(Table table, Class<T> type) {
        this(table, type, null);
    }

    private TypedTable(Table table, Class<T> type, ReadCache<T> cache) {
        this.table = table;
        this.type = type;
        this.cache = cache;
    }

    /**
     * The same table with single-document reads remembered for {@code ttl}, for documents read on every
     * request (access keys, accounts). Writes through the returned table are seen at once; writes by another
     * gateway sharing the store within the ttl.
     */
    public static <T> TypedTable<T> cached(Table table, Class<T> type, Duration ttl) {
        return new TypedTable<>(table, type, new ReadCache<>(ttl));
    }

    public Optional<T> get(String partition, String key) {
        if (cache == null) {
            return load(partition, key);
        }
        return cache.get(partition, key, () -> load(partition, key));
    }

    private Optional<T> load(String partition, String key) {
        return table.get(partition, key).map(this::read);
    }

    public List<T> scan(String partition, String fromKey, int limit) {
        return table.scan(partition, fromKey, limit).stream().map(this::read).toList();
    }

    public void put(String partition, String key, T value) {
        table.put(partition, key, write(value));
        forget(partition, key);
    }

    public boolean putIfAbsent(String partition, String key, T value, Duration ttl) {
        boolean written = table.putIfAbsent(partition, key, write(value), ttl);
        forget(partition, key);
        return written;
    }

    public boolean delete(String partition, String key) {
        boolean deleted = table.delete(partition, key);
        forget(partition, key);
        return deleted;
    }

    private void forget(String partition, String key) {
        if (cache != null) {
            cache.forget(partition, key);
        }
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
