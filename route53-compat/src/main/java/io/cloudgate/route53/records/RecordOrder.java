package io.cloudgate.route53.records;

import io.cloudgate.route53.core.DnsNames;
import java.util.Comparator;

/** ListResourceRecordSets order: name with labels reversed, then type, then set identifier. */
public final class RecordOrder {
    public static final Comparator<StoredRecordSet> AWS = Comparator
            .comparing(StoredRecordSet::name, DnsNames.REVERSED_LABELS)
            .thenComparing(StoredRecordSet::type)
            .thenComparing(set -> set.setIdentifier() == null ? "" : set.setIdentifier());

    private RecordOrder() {
    }

    /** Whether {@code set} comes at or after the position (name, type, identifier); type and identifier may be null. */
    public static boolean atOrAfter(StoredRecordSet set, String name, String type, String identifier) {
        int byName = DnsNames.REVERSED_LABELS.compare(set.name(), name);
        if (byName != 0 || type == null) {
            return byName >= 0;
        }
        int byType = set.type().compareTo(type);
        if (byType != 0 || identifier == null) {
            return byType >= 0;
        }
        return (set.setIdentifier() == null ? "" : set.setIdentifier()).compareTo(identifier) >= 0;
    }
}
