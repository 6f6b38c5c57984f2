package io.cloudgate.route53.serving;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.records.RecordData;
import io.cloudgate.route53.records.RecordOrder;
import io.cloudgate.route53.records.StoredRecordSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a zone's Route 53 record sets into what the DNS port serves, one RecordSet per name and type: routing
 * policies are decided here (failover, multivalue) or handed to the DNS server as weighted choices, and aliases
 * to record sets of the same zone are replaced by their target's data. Pure: same input, same output.
 */
public final class Projection {
    /** Route 53 answers at most this many healthy values for multivalue answer routing. */
    static final int MULTIVALUE_LIMIT = 8;
    private static final int ALIAS_DEPTH = 8;

    /** A name (canonical) and type. */
    public record Key(String name, String type) {
    }

    private record Served(long ttl, List<RecordSet.Choice> choices, boolean healthy) {
    }

    private record Member(StoredRecordSet set, Served data, boolean healthy) {
    }

    private final String account;
    private final String zoneId;
    private final Map<Key, List<StoredRecordSet>> groups = new LinkedHashMap<>();
    private final Predicate<String> healthy;
    private final AliasTargets external;
    private final Map<Key, Optional<Served>> memo = new HashMap<>();
    private final Set<Key> resolving = new HashSet<>();

    private Projection(String account, String zoneId, List<StoredRecordSet> sets, Predicate<String> healthy,
                       AliasTargets external) {
        this.account = account;
        this.zoneId = zoneId;
        this.healthy = healthy;
        this.external = external;
        sets.stream().sorted(RecordOrder.AWS).forEach(set ->
                groups.computeIfAbsent(new Key(set.name(), set.type()), k -> new ArrayList<>()).add(set));
    }

    /**
     * The served record sets of a zone, in AWS order.
     *
     * @param healthy whether a health check (by id) is healthy now
     */
    public static Map<Key, RecordSet> project(String account, String zoneId, List<StoredRecordSet> sets,
                                              Predicate<String> healthy, AliasTargets external) {
        Projection projection = new Projection(account, zoneId, sets, healthy, external);
        Map<Key, RecordSet> served = new LinkedHashMap<>();
        for (Key key : projection.groups.keySet()) {
            projection.served(key, 0).ifPresent(data -> served.put(key,
                    new RecordSet(DnsNames.presentation(key.name()), key.type(), data.ttl(), data.choices())));
        }
        return served;
    }

    private Optional<Served> served(Key key, int depth) {
        Optional<Served> known = memo.get(key);
        if (known != null) {
            return known;
        }
        List<StoredRecordSet> sets = groups.get(key);
        if (sets == null || depth > ALIAS_DEPTH || !resolving.add(key)) {
            return Optional.empty();
        }
        List<Member> members = new ArrayList<>();
        for (StoredRecordSet set : sets) {
            Optional<Served> data = set.alias() == null
                    ? Optional.of(new Served(set.ttl(), List.of(new RecordSet.Choice(1,
                            RecordData.served(set.type(), set.values()))), true))
                    : alias(set, depth);
            data.ifPresent(d -> members.add(new Member(set, d, isHealthy(set, d))));
        }
        resolving.remove(key);
        Optional<Served> result = members.isEmpty() ? Optional.empty() : Optional.of(route(members));
        memo.put(key, result);
        return result;
    }

    private Optional<Served> alias(StoredRecordSet set, int depth) {
        StoredRecordSet.Alias alias = set.alias();
        if (alias.hostedZoneId().equals(zoneId)) {
            return served(new Key(alias.dnsName(), set.type()), depth + 1);
        }
        return external.resolve(account, alias, set.type())
                .map(target -> new Served(target.ttl(), target.choices(), true));
    }

    private boolean isHealthy(StoredRecordSet set, Served data) {
        boolean own = set.healthCheckId() == null || healthy.test(set.healthCheckId());
        boolean target = set.alias() == null || !set.alias().evaluateTargetHealth() || data.healthy();
        return own && target;
    }

    private static Served route(List<Member> members) {
        StoredRecordSet first = members.getFirst().set();
        if (first.failover() != null) {
            return failover(members);
        }
        if (first.weight() != null) {
            return weighted(members);
        }
        if (Boolean.TRUE.equals(first.multiValueAnswer())) {
            return multivalue(members);
        }
        return members.getFirst().data();
    }

    /** PRIMARY while it is healthy (or there is no SECONDARY), else SECONDARY. */
    private static Served failover(List<Member> members) {
        Optional<Member> primary = members.stream().filter(m -> "PRIMARY".equals(m.set().failover())).findFirst();
        Optional<Member> secondary = members.stream().filter(m -> "SECONDARY".equals(m.set().failover())).findFirst();
        Member chosen = primary.filter(p -> p.healthy() || secondary.isEmpty()).orElse(secondary.orElse(null));
        return withHealth(chosen.data(), members);
    }

    /** One choice per healthy record set with its weight; unhealthy ones count only when all are. */
    private static Served weighted(List<Member> members) {
        List<Member> usable = healthyOrAll(members);
        List<RecordSet.Choice> choices = new ArrayList<>();
        for (Member member : usable) {
            for (RecordSet.Choice choice : member.data().choices()) {
                choices.add(new RecordSet.Choice(member.set().weight().intValue(), choice.values()));
            }
        }
        return new Served(usable.getFirst().data().ttl(), choices, members.stream().anyMatch(Member::healthy));
    }

    /** The values of up to eight healthy record sets (or of all, when none is healthy), answered together. */
    private static Served multivalue(List<Member> members) {
        List<Member> usable = healthyOrAll(members).stream()
                .sorted(Comparator.comparing(m -> m.set().setIdentifier()))
                .limit(MULTIVALUE_LIMIT).toList();
        Set<String> values = new LinkedHashSet<>();
        usable.forEach(m -> m.data().choices().forEach(choice -> values.addAll(choice.values())));
        return new Served(usable.getFirst().data().ttl(), List.of(new RecordSet.Choice(1, List.copyOf(values))),
                members.stream().anyMatch(Member::healthy));
    }

    private static List<Member> healthyOrAll(List<Member> members) {
        List<Member> healthyOnes = members.stream().filter(Member::healthy).toList();
        return healthyOnes.isEmpty() ? members : healthyOnes;
    }

    private static Served withHealth(Served data, List<Member> members) {
        return new Served(data.ttl(), data.choices(), members.stream().anyMatch(Member::healthy));
    }
}
