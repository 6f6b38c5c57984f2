package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Snapshot;

/** A CloudStack {@code snapshot} as a port {@link Snapshot}; it is complete once {@code BackedUp}. */
final class SnapshotToSnapshot {
    private SnapshotToSnapshot() {
    }

    static Snapshot apply(JsonNode snapshot, String tenant) {
        String state = switch (Fields.text(snapshot, "state") == null ? "" : Fields.text(snapshot, "state")) {
            case "BackedUp" -> "completed";
            case "Error", "Destroyed" -> "error";
            default -> "pending";
        };
        return new Snapshot(Fields.text(snapshot, "id"), tenant, Fields.text(snapshot, "volumeid"),
                Fields.gib(snapshot, "virtualsize"), Fields.text(snapshot, "name"), state,
                state.equals("completed") ? 100 : 0, Fields.instant(snapshot, "created"));
    }
}
