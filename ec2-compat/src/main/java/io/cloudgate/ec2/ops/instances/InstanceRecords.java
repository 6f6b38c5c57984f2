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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The EC2-only state of instances, one document per instance in the account's partition. Changes are
 * compare-and-set, so two clients changing different attributes of one instance at once both win.
 * Machines launched by a RunInstances call that then failed are marked withdrawn and never shown.
 * Decoded records are remembered with the JSON they came from, so an unchanged record is decoded once
 * however often it is listed (records are immutable; a changed JSON is decoded again).
 */
final class InstanceRecords {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String WITHDRAWN = "{}";
    private static final int MAX_DECODED = 50_000;

    private final Table table;
    private final Table withdrawn;
    private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();

    /** A stored record whose JSON is decoded only when someone needs more than its ids. */
    record Stored(String instanceId, String machineId, String json) {
    }

    private record Decoded(String json, InstanceRecord record) {
    }

    InstanceRecords(DocumentStore store) {
        this.table = store.table("ec2-instances");
        this.withdrawn = store.table("ec2-withdrawn-machines");
    }

    Optional<InstanceRecord> get(String account, String instanceId) {
        return table.get(account, instanceId).map(document -> decode(instanceId, document.json()));
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
        table.put(account, record.instanceId(), write(record));
    }

    void delete(String account, InstanceRecord record) {
        table.delete(account, record.instanceId());
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
                if (table.putIfAbsent(account, initial.instanceId(), write(changed), null)) {
                    return changed;
                }
                continue;
            }
            InstanceRecord changed = change.apply(decode(initial.instanceId(), current.get().json()));
            if (table.replace(account, initial.instanceId(), current.get().version(), write(changed))) {
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
