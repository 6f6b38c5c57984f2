package io.cloudgate.route53.records;

import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Applies a ChangeResourceRecordSets batch to a zone's record sets, all or nothing, checking what AWS checks:
 * the request's shape first (InvalidInput), then each change in order against the state left by the ones before
 * it, then the zone's required apex records (InvalidChangeBatch, every problem listed).
 */
public final class ChangeBatch {
    /** What the batch needs to know beyond the zone's records. */
    public interface References {
        boolean healthCheckExists(String healthCheckId);

        /** Whether an alias target outside this zone (another zone, a load balancer) exists. */
        boolean externalAliasTargetExists(StoredRecordSet.Alias alias, String type);
    }

    private final String zoneId;
    private final String zoneName;
    private final References references;

    public ChangeBatch(String zoneId, String zoneName, References references) {
        this.zoneId = zoneId;
        this.zoneName = zoneName;
        this.references = references;
    }

    /** The zone's record sets after the batch; throws InvalidInput or InvalidChangeBatch and changes nothing. */
    public List<StoredRecordSet> apply(List<StoredRecordSet> current, List<Change> changes) {
        if (changes.isEmpty()) {
            throw Route53Errors.invalidInput("1 validation error detected: Value '[]' at 'changeBatch.changes' "
                    + "failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        for (int i = 0; i < changes.size(); i++) {
            checkShape(changes.get(i), i + 1);
        }
        List<StoredRecordSet> sets = new ArrayList<>(current);
        List<String> problems = new ArrayList<>();
        for (Change change : changes) {
            StoredRecordSet set;
            try {
                set = RecordSetMapping.fromRequest(change.resourceRecordSet());
            } catch (DnsNames.NameProblem e) {
                problems.add("FATAL problem: " + e.getMessage());
                continue;
            }
            String action = change.actionAsString().toUpperCase(Locale.ROOT);
            problems.addAll(switch (action) {
                case "CREATE" -> create(sets, set);
                case "DELETE" -> delete(sets, set);
                default -> upsert(sets, set);
            });
        }
        if (problems.isEmpty()) {
            problems.addAll(checkZone(sets));
        }
        if (!problems.isEmpty()) {
            throw Route53Errors.invalidChangeBatch(problems);
        }
        return sets;
    }

    private void checkShape(Change change, int index) {
        ResourceRecordSet set = change.resourceRecordSet();
        String action = change.actionAsString();
        if (set == null || action == null || set.name() == null || set.typeAsString() == null
                || !List.of("CREATE", "DELETE", "UPSERT").contains(action.toUpperCase(Locale.ROOT))) {
            throw Route53Errors.invalidInput("Invalid request: change " + index
                    + " needs an Action (CREATE, DELETE or UPSERT) and a ResourceRecordSet with Name and Type");
        }
        String where = " in Change with [Action=" + action + ", Name=" + set.name() + ", Type=" + set.typeAsString()
                + ", SetIdentifier=" + set.setIdentifier() + "]";
        boolean alias = set.aliasTarget() != null;
        boolean plain = set.ttl() != null && !set.resourceRecords().isEmpty();
        if (alias == plain || alias && (set.ttl() != null || !set.resourceRecords().isEmpty())) {
            throw Route53Errors.invalidInput("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and "
                    + "ResourceRecords], or TrafficPolicyInstanceId], but found " + (alias ? "more than one" : "none")
                    + where);
        }
        if (set.ttl() != null && (set.ttl() < 0 || set.ttl() > 2147483647L)) {
            throw Route53Errors.invalidInput("1 validation error detected: Value '" + set.ttl() + "' at 'changeBatch"
                    + ".changes." + index + ".member.resourceRecordSet.tTL' failed to satisfy constraint: Member must "
                    + "have value " + (set.ttl() < 0 ? "greater than or equal to 0" : "less than or equal to "
                    + "2147483647"));
        }
        if (alias && (set.aliasTarget().hostedZoneId() == null || set.aliasTarget().dnsName() == null)) {
            throw Route53Errors.invalidInput("Invalid request: AliasTarget needs HostedZoneId and DNSName" + where);
        }
        boolean policy = set.weight() != null || set.failover() != null || set.multiValueAnswer() != null
                || set.region() != null;
        if (policy && set.setIdentifier() == null) {
            throw Route53Errors.invalidInput("Invalid request: Missing field 'SetIdentifier'" + where);
        }
        if (!policy && set.setIdentifier() != null) {
            throw Route53Errors.invalidInput("Invalid request: Expected exactly one of [Weight, Region, Failover, "
                    + "GeoLocation, or MultiValueAnswer], but found none" + where);
        }
        if (set.weight() != null && (set.weight() < 0 || set.weight() > 255)) {
            throw Route53Errors.invalidInput("1 validation error detected: Value '" + set.weight() + "' at "
                    + "'changeBatch.changes." + index + ".member.resourceRecordSet.weight' failed to satisfy "
                    + "constraint: Member must have value between 0 and 255");
        }
        if (!RecordData.TYPES.contains(set.typeAsString().toUpperCase(Locale.ROOT))) {
            throw Route53Errors.invalidInput("Invalid request: record type " + set.typeAsString()
                    + " is not supported" + where);
        }
    }

    private List<String> create(List<StoredRecordSet> sets, StoredRecordSet set) {
        if (find(sets, set) != null) {
            return List.of("Tried to create resource record set " + set.describe() + " but it already exists");
        }
        List<String> problems = checkRecordSet(sets, set);
        if (problems.isEmpty()) {
            sets.add(set);
        }
        return problems;
    }

    private List<String> delete(List<StoredRecordSet> sets, StoredRecordSet set) {
        StoredRecordSet existing = find(sets, set);
        if (existing == null) {
            return List.of("Tried to delete resource record set " + set.describe() + " but it was not found");
        }
        if (!sameContent(existing, set)) {
            return List.of("Tried to delete resource record set " + set.describe()
                    + " but the values provided do not match the current values");
        }
        sets.remove(existing);
        return List.of();
    }

    private List<String> upsert(List<StoredRecordSet> sets, StoredRecordSet set) {
        StoredRecordSet existing = find(sets, set);
        List<StoredRecordSet> others = new ArrayList<>(sets);
        others.remove(existing);
        List<String> problems = checkRecordSet(others, set);
        if (problems.isEmpty()) {
            sets.remove(existing);
            sets.add(set);
        }
        return problems;
    }

    /** Problems of adding {@code set} next to {@code others}. */
    private List<String> checkRecordSet(List<StoredRecordSet> others, StoredRecordSet set) {
        List<String> problems = new ArrayList<>();
        if (!DnsNames.within(set.name(), zoneName)) {
            problems.add("RRSet with DNS name " + set.name() + " is not permitted in zone " + zoneName);
            return problems;
        }
        if (set.type().equals("CNAME") && set.name().equals(zoneName)) {
            problems.add("RRSet of type CNAME with DNS name " + set.name() + " is not permitted at apex in zone "
                    + zoneName);
        }
        if (set.type().equals("SOA") && !set.name().equals(zoneName)) {
            problems.add("RRSet of type SOA with DNS name " + set.name() + " is not permitted because SOA records "
                    + "are only permitted at the apex of zone " + zoneName);
        }
        for (StoredRecordSet other : others) {
            if (!other.name().equals(set.name())) {
                continue;
            }
            if (!other.type().equals(set.type()) && (other.type().equals("CNAME") || set.type().equals("CNAME"))) {
                problems.add("RRSet of type " + set.type() + " with DNS name " + set.name() + " is not permitted as "
                        + "it conflicts with other records with the same DNS name in zone " + zoneName);
                break;
            }
            if (other.type().equals(set.type()) && !samePolicy(other, set)) {
                problems.add("RRSet with DNS name " + set.name() + ", type " + set.type()
                        + (set.setIdentifier() == null ? "" : ", SetIdentifier " + set.setIdentifier())
                        + " cannot be created because a record set with a different routing policy exists with the "
                        + "same name and type.");
                break;
            }
        }
        problems.addAll(RecordData.problems(set.type(), set.values()));
        if (set.healthCheckId() != null && !references.healthCheckExists(set.healthCheckId())) {
            problems.add("The health check " + set.healthCheckId() + " does not exist.");
        }
        return problems;
    }

    private List<String> checkZone(List<StoredRecordSet> sets) {
        List<String> problems = new ArrayList<>();
        long soa = sets.stream().filter(s -> s.type().equals("SOA")).count();
        if (soa != 1) {
            problems.add("A HostedZone must contain exactly one SOA record.");
        }
        if (sets.stream().noneMatch(s -> s.type().equals("NS") && s.name().equals(zoneName))) {
            problems.add("A HostedZone must contain at least one NS record for the zone itself.");
        }
        for (StoredRecordSet set : sets) {
            if (set.alias() != null && !aliasTargetExists(sets, set)) {
                problems.add("Tried to create an alias that targets " + set.alias().dnsName() + ", type "
                        + set.type() + " in zone " + set.alias().hostedZoneId() + ", but "
                        + (set.alias().hostedZoneId().equals(zoneId) && !DnsNames.within(set.alias().dnsName(),
                        zoneName) ? "the alias target name does not lie within the target zone"
                        : "that target was not found"));
            }
        }
        return problems;
    }

    private boolean aliasTargetExists(List<StoredRecordSet> sets, StoredRecordSet alias) {
        if (!alias.alias().hostedZoneId().equals(zoneId)) {
            return references.externalAliasTargetExists(alias.alias(), alias.type());
        }
        return sets.stream().anyMatch(s -> s.name().equals(alias.alias().dnsName()) && s.type().equals(alias.type())
                && s != alias);
    }

    private static StoredRecordSet find(List<StoredRecordSet> sets, StoredRecordSet set) {
        return sets.stream().filter(s -> s.sameIdentity(set)).findFirst().orElse(null);
    }

    /** DELETE must name the record set as it is: TTL, values (in any order), alias and routing policy. */
    private static boolean sameContent(StoredRecordSet a, StoredRecordSet b) {
        return a.values().size() == b.values().size() && a.values().containsAll(b.values())
                && Objects.equals(a.ttl(), b.ttl()) && Objects.equals(a.alias(), b.alias())
                && Objects.equals(a.weight(), b.weight()) && Objects.equals(a.failover(), b.failover())
                && Objects.equals(a.multiValueAnswer(), b.multiValueAnswer())
                && Objects.equals(a.healthCheckId(), b.healthCheckId());
    }

    private static boolean samePolicy(StoredRecordSet a, StoredRecordSet b) {
        return (a.weight() != null) == (b.weight() != null) && (a.failover() != null) == (b.failover() != null)
                && (a.multiValueAnswer() != null) == (b.multiValueAnswer() != null)
                && (a.setIdentifier() != null) == (b.setIdentifier() != null);
    }
}
