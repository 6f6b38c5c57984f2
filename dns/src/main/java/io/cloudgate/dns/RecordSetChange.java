package io.cloudgate.dns;

/** One step of an atomic batch: replace a record set, or remove the set of a name and type. */
public sealed interface RecordSetChange {

    record Put(RecordSet recordSet) implements RecordSetChange {
    }

    record Remove(String name, String type) implements RecordSetChange {
    }
}
