package io.cloudgate.route53.serving;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.route53.records.StoredRecordSet;
import java.util.Optional;

/**
 * Alias targets outside the alias's own zone (load balancers, later). Targets inside the zone are resolved by
 * {@link Projection} itself.
 */
public interface AliasTargets {
    AliasTargets NONE = (account, alias, type) -> Optional.empty();

    /** What the target answers now, for the alias's type; empty when it is unknown. */
    Optional<RecordSet> resolve(String account, StoredRecordSet.Alias alias, String type);
}
