package io.cloudgate.cloudwatch.metrics.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.store.Document;
import java.io.UncheckedIOException;

/** Slot documents as JSON (read-merge-replace needs the document version, which TypedTable hides). */
final class SlotCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    StoredSlot read(Document document) {
        try {
            return MAPPER.readValue(document.json(), StoredSlot.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt metric slot " + document.partition() + " " + document.key(), e);
        }
    }

    String write(StoredSlot slot) {
        try {
            return MAPPER.writeValueAsString(slot);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
