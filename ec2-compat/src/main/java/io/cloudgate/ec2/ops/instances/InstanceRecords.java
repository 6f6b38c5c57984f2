package io.cloudgate.ec2.ops.instances;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The EC2-only state of instances, one document per instance in the account's partition. Changes are
 * compare-and-set, so two clients changing different attributes of one instance at once both win.
 * Machines launched by a RunInstances call that then failed are marked withdrawn and never shown.
 * Decoded records are remembered with the JSON they came from, so an unchanged record is decoded once
 * however often it is listed (records are immutable; a changed JSON is decoded again). A record read within the
 * last {@link #REREAD_AFTER} is not read again: listings of thousands of instances, many a second, read each
 * record every time. Writes through this object are seen at once; writes by another gateway sharing the store
 * within that second (EC2's reads are eventually consistent too).
 */
final class InstanceRecords {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String WITHDRAWN = "{}";
    private static final int MAX_DECODED = 50_000;
    static final Duration REREAD_AFTER = Duration.ofSeconds(1);

    private final Table table;
    private final Table withdrawn;
    private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();
    /** Counts writes begun, so that a read overtaken by a write is not remembered as recent. */
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    /** A stored record whose JSON is decoded only when someone needs more than its ids. */
    record Stored(String instanceId, String machineId, String json) {
    }

    private record Decoded(String json, InstanceRecord record) {
    }

    private record Recent(InstanceRecord record, Instant readAt) {
    }

    InstanceRecords(DocumentStore store, Clock clock) {
        this.table = store.table("ec2-instances");
        this.withdrawn = store.table("ec2-withdrawn-machines");
        this.clock = clock;
    }

    Optional<InstanceRecord> get(String account, String instanceId) {
        Instant now = clock.instant();
        Recent known = recent.get(instanceId);
        if (known != null && now.isBefore(known.readAt().plus(REREAD_AFTER))) {
            return Optional.of(known.record());
        }
        long writesBefore = writes.get();
        Optional<InstanceRecord> record = table.get(account, instanceId)
                .map(document -> decode(instanceId, document.json()));
        if (record.isPresent()) {
            remember(instanceId, new Recent(record.get(), now), writesBefore);
        }
        return record;
    }

    /**
     * Keeps a read as recent unless a write began since it started. A writer counts itself before writing and
     * forgets the record after; remembering before checking the count means no interleaving keeps a stale read.
     */
    private void remember(String instanceId, Recent read, long writesBefore) {
        if (recent.size() >= MAX_DECODED) {
            recent.clear();
        }
        recent.put(instanceId, read);
        if (writes.get() != writesBefore) {
            recent.remove(instanceId, read);
        }
    }

    /** Runs a write of the record, then forgets the recent read of it. */
    private <T> T writing(String instanceId, Supplier<T> write) {
        writes.incrementAndGet();
        try {
            return write.get();
        } finally {
            recent.remove(instanceId);
        }
    }

    InstanceRecord decode(Stored stored) {
        return decode(stored.instanceId(), stored.json());
    }

    /** Every record of the account, by machine id (one scan; each record is decoded on demand). */
    Map<String, Stored> byMachine(String account) {
        Map<String, Stored> result = new HashMap<>();
        for (Document document : table.scan(account, null, Integer.MAX_VALUE)) {
            String machineId = machineIdOf(document);
            result.put(machineId, new Stored(document.key(), machineId, document.json()));
        }
        return result;
    }

    void put(String account, InstanceRecord record) {
        writing(record.instanceId(), () -> table.put(account, record.instanceId(), write(record)));
    }

    void delete(String account, InstanceRecord record) {
        writing(record.instanceId(), () -> table.delete(account, record.instanceId()));
        decoded.remove(record.instanceId());
        withdrawn.delete(account, record.machineId());
    }

    /** Hides a machine a failed launch leaves behind until the cloud forgets it. */
    void withdraw(String account, String machineId) {
        withdrawn.put(account, machineId, WITHDRAWN);
    }

    boolean isWithdrawn(String account, String machineId) {
        return withdrawn.get(account, machineId).isPresent();
    }

    Set<String> withdrawnMachines(String account) {
        Set<String> result = new HashSet<>();
        withdrawn.scan(account, null, Integer.MAX_VALUE).forEach(document -> result.add(document.key()));
        return result;
    }

    /** Forgets the marker of a withdrawn machine the cloud no longer lists. */
    void forgetWithdrawn(String account, String machineId) {
        withdrawn.delete(account, machineId);
    }

    /**
     * Applies a change to the stored record, or to {@code initial} when none is stored yet, retrying when
     * another writer got there first. Returns the record as written.
     */
    InstanceRecord update(String account, InstanceRecord initial, UnaryOperator<InstanceRecord> change) {
        while (true) {
            Optional<Document> current = table.get(account, initial.instanceId());
            if (current.isEmpty()) {
                InstanceRecord changed = change.apply(initial);
                if (writing(initial.instanceId(),
                        () -> table.putIfAbsent(account, initial.instanceId(), write(changed), null))) {
                    return changed;
                }
                continue;
            }
            InstanceRecord changed = change.apply(decode(initial.instanceId(), current.get().json()));
            long version = current.get().version();
            if (writing(initial.instanceId(),
                    () -> table.replace(account, initial.instanceId(), version, write(changed)))) {
                return changed;
            }
        }
    }

    /** The machine id, read by streaming up to it (records put it second) instead of decoding the whole record. */
    private static String machineIdOf(Document document) {
        try (JsonParser parser = MAPPER.getFactory().createParser(document.json())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("machineId")) {
                    return parser.getValueAsString();
                }
                parser.skipChildren();
            }
            throw new UncheckedIOException(new IOException("Instance document " + document.key()
                    + " has no machine id"));
        } catch (IOException e) {
            throw new UncheckedIOException("Corrupt instance document " + document.key(), e);
        }
    }

    /** The record in the JSON, decoded unless the same JSON was decoded before. */
    private InstanceRecord decode(String instanceId, String json) {
        Decoded known = decoded.get(instanceId);
        if (known != null && known.json().equals(json)) {
            return known.record();
        }
        InstanceRecord record = read(json, instanceId);
        if (decoded.size() >= MAX_DECODED) {
            decoded.clear();
        }
        decoded.put(instanceId, new Decoded(json, record));
        return record;
    }

    private static InstanceRecord read(String json, String instanceId) {
        try {
            return MAPPER.readValue(json, InstanceRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt instance document " + instanceId, e);
        }
    }

    private static String write(InstanceRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
