package io.cloudgate.compute.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.embedded.StoredRecords.LoopbackClaim;
import io.cloudgate.store.Table;
import io.cloudgate.store.TypedTable;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import org.junit.jupiter.api.Test;

/** Loopback claims are unique per address and found by image through the image index. */
class LoopbackAddressesTest {
    private final Table table = MvStoreDocumentStore.inMemory(new SettableClock()).table("loopback");
    private final LoopbackAddresses addresses = new LoopbackAddresses(table);

    @Test
    void claimsOfAnImageAreFoundUntilReleased() {
        String web = addresses.claim("a", "m-1", "img-web");
        String other = addresses.claim("b", "m-2", "img-web");
        String plain = addresses.claim("a", "m-3", "img-plain");
        assertThat(web).isNotEqualTo(other).startsWith("127.");

        assertThat(addresses.claims("img-web")).containsExactlyInAnyOrder(
                new LoopbackClaim("m-1", "a", "img-web"), new LoopbackClaim("m-2", "b", "img-web"));
        assertThat(addresses.claims("img-plain")).containsExactly(new LoopbackClaim("m-3", "a", "img-plain"));

        addresses.release(web);
        addresses.release(plain);
        assertThat(addresses.claims("img-web")).containsExactly(new LoopbackClaim("m-2", "b", "img-web"));
        assertThat(addresses.claims("img-plain")).isEmpty();
    }

    @Test
    void claimsWrittenBeforeTheImageIndexAreIndexedOnFirstLook() {
        TypedTable<LoopbackClaim> claims = new TypedTable<>(table, LoopbackClaim.class);
        claims.put("loopback", "127.0.9.9", new LoopbackClaim("m-old", "a", "img-web"));
        claims.put("loopback", "127.0.9.10", new LoopbackClaim("m-other", "a", "img-plain"));

        assertThat(addresses.claims("img-web")).containsExactly(new LoopbackClaim("m-old", "a", "img-web"));
        addresses.release("127.0.9.9");
        assertThat(addresses.claims("img-web")).isEmpty();
        assertThat(addresses.claims("img-plain")).containsExactly(new LoopbackClaim("m-other", "a", "img-plain"));
    }
}
