package io.cloudgate.route53.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.dns.RecordSet;
import io.cloudgate.route53.records.StoredRecordSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    private static final String ZONE = "ZTESTZONE1234567";

    @Test
    void simpleRecordSetsAreServedAsTheyAre() {
        RecordSet served = project(List.of(simple("www.example.com.", "A", "192.0.2.1", "192.0.2.2")), id -> true)
                .get(new Projection.Key("www.example.com.", "A"));
        assertThat(served).isEqualTo(RecordSet.of("www.example.com.", "A", 300, List.of("192.0.2.1", "192.0.2.2")));
    }

    @Test
    void namesInValuesAreServedFullyQualifiedWithOrWithoutTheTrailingDot() {
        Map<Projection.Key, RecordSet> served = project(List.of(simple("web.example.com.", "CNAME", "www.example.com"),
                simple("example.com.", "MX", "10 mail.example.com", "20 backup.example.net.")), id -> true);
        assertThat(served.get(new Projection.Key("web.example.com.", "CNAME")).choices().getFirst().values())
                .containsExactly("www.example.com.");
        assertThat(served.get(new Projection.Key("example.com.", "MX")).choices().getFirst().values())
                .containsExactly("10 mail.example.com.", "20 backup.example.net.");
    }

    @Test
    void weightedSetsBecomeWeightedChoicesWithoutUnhealthyOnes() {
        List<StoredRecordSet> sets = List.of(weighted("one", 10, "192.0.2.1", "hc-1"),
                weighted("two", 30, "192.0.2.2", "hc-2"), weighted("three", 60, "192.0.2.3", null));
        assertThat(choices(sets, id -> true)).containsExactlyInAnyOrder(
                new RecordSet.Choice(10, List.of("192.0.2.1")), new RecordSet.Choice(30, List.of("192.0.2.2")),
                new RecordSet.Choice(60, List.of("192.0.2.3")));
        assertThat(choices(sets, id -> !id.equals("hc-2"))).containsExactlyInAnyOrder(
                new RecordSet.Choice(10, List.of("192.0.2.1")), new RecordSet.Choice(60, List.of("192.0.2.3")));
    }

    @Test
    void weightedSetsAreAllServedWhenAllAreUnhealthy() {
        List<StoredRecordSet> sets = List.of(weighted("one", 1, "192.0.2.1", "hc-1"),
                weighted("two", 2, "192.0.2.2", "hc-2"));
        assertThat(choices(sets, id -> false)).hasSize(2);
    }

    @Test
    void failoverServesThePrimaryWhileItIsHealthy() {
        List<StoredRecordSet> sets = List.of(failover("p", "PRIMARY", "192.0.2.1", "hc-p"),
                failover("s", "SECONDARY", "192.0.2.2", null));
        assertThat(choices(sets, id -> true)).containsExactly(new RecordSet.Choice(1, List.of("192.0.2.1")));
        assertThat(choices(sets, id -> false)).containsExactly(new RecordSet.Choice(1, List.of("192.0.2.2")));
    }

    @Test
    void multivalueAnswersUpToEightHealthyValues() {
        List<StoredRecordSet> sets = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sets.add(new StoredRecordSet("mv.example.com.", "A", "id" + i, null, null, null, true, 60L,
                    List.of("192.0.2." + i), null, i == 0 ? "hc-bad" : null));
        }
        List<RecordSet.Choice> choices = choices(sets, id -> !id.equals("hc-bad"));
        assertThat(choices).hasSize(1);
        assertThat(choices.getFirst().values()).hasSize(8).doesNotContain("192.0.2.0");
    }

    @Test
    void aliasesServeTheirTargetsDataAndFollowItsHealth() {
        StoredRecordSet target = failover("p", "PRIMARY", "192.0.2.1", "hc-p");
        StoredRecordSet alias = new StoredRecordSet("example.com.", "A", null, null, null, null, null, null,
                List.of(), new StoredRecordSet.Alias(ZONE, "www.example.com.", true), null);
        Map<Projection.Key, RecordSet> served = project(List.of(target, alias), id -> true);
        assertThat(served.get(new Projection.Key("example.com.", "A")))
                .isEqualTo(RecordSet.of("example.com.", "A", 60, List.of("192.0.2.1")));
    }

    @Test
    void aliasCyclesAndMissingTargetsServeNothing() {
        StoredRecordSet a = new StoredRecordSet("a.example.com.", "A", null, null, null, null, null, null,
                List.of(), new StoredRecordSet.Alias(ZONE, "b.example.com.", false), null);
        StoredRecordSet b = new StoredRecordSet("b.example.com.", "A", null, null, null, null, null, null,
                List.of(), new StoredRecordSet.Alias(ZONE, "a.example.com.", false), null);
        assertThat(project(List.of(a, b), id -> true)).isEmpty();
    }

    @Test
    void wildcardsAreServedAsWildcards() {
        assertThat(project(List.of(simple("\\052.example.com.", "TXT", "\"hi\"")), id -> true).values())
                .extracting(RecordSet::name).containsExactly("*.example.com.");
    }

    private static List<RecordSet.Choice> choices(List<StoredRecordSet> sets, Predicate<String> healthy) {
        Set<String> names = Set.copyOf(sets.stream().map(StoredRecordSet::name).toList());
        assertThat(names).hasSize(1);
        return project(sets, healthy).get(new Projection.Key(names.iterator().next(), "A")).choices();
    }

    private static Map<Projection.Key, RecordSet> project(List<StoredRecordSet> sets, Predicate<String> healthy) {
        return Projection.project("111111111111", ZONE, sets, healthy, AliasTargets.NONE);
    }

    private static StoredRecordSet simple(String name, String type, String... values) {
        return new StoredRecordSet(name, type, null, null, null, null, null, 300L, List.of(values), null, null);
    }

    private static StoredRecordSet weighted(String id, long weight, String value, String healthCheck) {
        return new StoredRecordSet("w.example.com.", "A", id, weight, null, null, null, 60L, List.of(value), null,
                healthCheck);
    }

    private static StoredRecordSet failover(String id, String role, String value, String healthCheck) {
        return new StoredRecordSet("www.example.com.", "A", id, null, null, role, null, 60L, List.of(value), null,
                healthCheck);
    }
}
