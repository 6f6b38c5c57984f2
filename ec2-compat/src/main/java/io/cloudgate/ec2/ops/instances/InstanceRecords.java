package io.cloudgate.ec2.ops.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudgate.store.Document;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.Table;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The EC2-only state of instances, one document per instance in the account's partition. Changes are
 * compare-and-set, so two clients changing different attributes of one instance at once both win.
 */
final class InstanceRecords {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Table table;

    InstanceRecords(DocumentStore store) {
        this.table = store.table("ec2-instances");
    }

    Optional<InstanceRecord> get(String account, String instanceId) {
        return table.get(account, instanceId).map(InstanceRecords::read);
    }

    /** Every record of the account, by machine id (one scan, for whole listings). */
    Map<String, InstanceRecord> byMachine(String account) {
        Map<String, InstanceRecord> result = new HashMap<>();
        for (Document document : table.scan(account, null, Integer.MAX_VALUE)) {
            InstanceRecord record = read(document);
            result.put(record.machineId(), record);
        }
        return result;
    }

    void put(String account, InstanceRecord record) {
        table.put(account, record.instanceId(), write(record));
    }

    void delete(String account, String instanceId) {
        table.delete(account, instanceId);
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
            InstanceRecord changed = change.apply(read(current.get()));
            if (table.replace(account, initial.instanceId(), current.get().version(), write(changed))) {
                return changed;
            }
        }
    }

    private static InstanceRecord read(Document document) {
        try {
            return MAPPER.readValue(document.json(), InstanceRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt instance document " + document.key(), e);
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
