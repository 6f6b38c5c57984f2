package io.cloudgate.ec2.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.ec2.core.TagStore.ResourceTags;
import io.cloudgate.ec2.testing.Ec2Testbed.MovableClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TagStoreTest {
    private static final String ACCOUNT = "111122223333";
    private static final String INSTANCE_A = "i-0000000000000000a";
    private static final String INSTANCE_B = "i-0000000000000000b";
    private static final String VOLUME = "vol-0000000000000000a";
    private static final String VPC = "vpc-0000000000000000a";

    private final MovableClock clock = new MovableClock();
    private final MvStoreDocumentStore store = MvStoreDocumentStore.inMemory(clock);
    private final TagStore tags = new TagStore(store, clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listingsSeeThisGatewaysWritesAtOnce() {
        assertThat(tags.list(ACCOUNT)).isEmpty();
        tags.put(ACCOUNT, INSTANCE_B, Map.of("env", "prod"));
        tags.put(ACCOUNT, INSTANCE_A, Map.of("env", "dev", "Name", "a"));
        tags.put(ACCOUNT, VOLUME, Map.of("env", "dev"));
        assertThat(tags.list(ACCOUNT)).extracting(ResourceTags::resourceId)
                .containsExactly(INSTANCE_A, INSTANCE_B, VOLUME);
        assertThat(tags.all(ACCOUNT)).containsEntry(INSTANCE_A, Map.of("env", "dev", "Name", "a"));

        tags.remove(ACCOUNT, INSTANCE_A, Map.of("Name", "other"));
        tags.remove(ACCOUNT, INSTANCE_A, Collections.singletonMap("env", null));
        tags.forget(ACCOUNT, VOLUME);
        assertThat(tags.all(ACCOUNT)).containsOnlyKeys(INSTANCE_A, INSTANCE_B)
                .containsEntry(INSTANCE_A, Map.of("Name", "a"));
        tags.remove(ACCOUNT, INSTANCE_A, Map.of("Name", "a"));
        assertThat(tags.all(ACCOUNT)).containsOnlyKeys(INSTANCE_B);
        assertThat(tags.list("444455556666")).isEmpty();
    }

    @Test
    void listsOneKindInIdOrderFromAnId() {
        tags.put(ACCOUNT, VPC, Map.of("k", "v"));
        tags.put(ACCOUNT, INSTANCE_B, Map.of("k", "v"));
        tags.put(ACCOUNT, VOLUME, Map.of("k", "v"));
        tags.put(ACCOUNT, INSTANCE_A, Map.of("k", "v"));
        tags.put(ACCOUNT, "igw-0000000000000000a", Map.of("k", "v"));
        assertThat(tags.list(ACCOUNT, ResourceKind.INSTANCE, null)).extracting(ResourceTags::resourceId)
                .containsExactly(INSTANCE_A, INSTANCE_B);
        assertThat(tags.list(ACCOUNT, ResourceKind.INSTANCE, INSTANCE_B)).extracting(ResourceTags::resourceId)
                .containsExactly(INSTANCE_B);
        assertThat(tags.list(ACCOUNT, ResourceKind.INSTANCE, "i-1")).isEmpty();
        assertThat(tags.list(ACCOUNT, ResourceKind.INSTANCE, "zzz")).isEmpty();
        assertThat(tags.list(ACCOUNT, ResourceKind.INSTANCE, "a")).hasSize(2);
        assertThat(tags.list(ACCOUNT, ResourceKind.VOLUME, null)).extracting(ResourceTags::resourceId)
                .containsExactly(VOLUME);
    }

    @Test
    void anotherGatewaysWritesShowInListingsWithinTheRefreshPeriod() {
        TagStore otherGateway = new TagStore(store, clock);
        tags.put(ACCOUNT, INSTANCE_A, Map.of("env", "dev"));
        assertThat(otherGateway.all(ACCOUNT)).containsOnlyKeys(INSTANCE_A);

        tags.put(ACCOUNT, INSTANCE_B, Map.of("env", "prod"));
        tags.put(ACCOUNT, INSTANCE_A, Map.of("env", "prod"));
        assertThat(otherGateway.of(ACCOUNT, INSTANCE_A)).containsEntry("env", "prod");
        assertThat(otherGateway.all(ACCOUNT)).containsOnlyKeys(INSTANCE_A).containsEntry(INSTANCE_A,
                Map.of("env", "dev"));

        clock.advance(TagIndex.REFRESH);
        assertThat(otherGateway.all(ACCOUNT)).containsOnlyKeys(INSTANCE_A, INSTANCE_B)
                .containsEntry(INSTANCE_A, Map.of("env", "prod"));
    }

    @Test
    void listedTagsCannotBeChangedByTheirReader() {
        tags.put(ACCOUNT, INSTANCE_A, Map.of("env", "dev"));
        List<ResourceTags> listed = tags.list(ACCOUNT);
        assertThatThrownBy(() -> listed.getFirst().tags().put("env", "prod"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags.all(ACCOUNT).get(INSTANCE_A).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> tags.list(ACCOUNT).getFirst().tags().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(tags.of(ACCOUNT, INSTANCE_A)).containsExactly(Map.entry("env", "dev"));
    }

    @Test
    void concurrentChangesOfOneResourceFromTwoGatewaysAreAllKept() throws Exception {
        TagStore otherGateway = new TagStore(store, clock);
        int rounds = 40;
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = executor.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    tags.put(ACCOUNT, INSTANCE_A, Map.of("a" + (i % 20), "x"));
                }
            });
            var second = executor.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    otherGateway.put(ACCOUNT, INSTANCE_A, Map.of("b" + (i % 20), "y"));
                }
            });
            first.get();
            second.get();
        }
        assertThat(tags.of(ACCOUNT, INSTANCE_A)).hasSize(40);
        assertThat(tags.all(ACCOUNT).get(INSTANCE_A)).hasSize(40);
    }
}
