package io.cloudgate.compute.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outages of the real cloud's services: while one is stopped the adapter answers UNAVAILABLE within seconds (no
 * hanging request), and once it is back the same adapter works again, without a restart.
 */
class OpenStackOutageTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    private OpenStackCompute compute;

    @BeforeEach
    void openAdapter() {
        compute = OpenStackCompute.open(OpenStackCloud.settings(), MvStoreDocumentStore.inMemory(Clock.systemUTC()),
                Clock.systemUTC());
    }

    @Test
    void novaOutageIsUnavailableAndRecovers() {
        String account = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(compute.machines().list(account)).isEmpty();
        OpenStackCloud.stopService("nova-api");
        try {
            assertUnavailableQuickly(() -> compute.machines().list(account));
            assertUnavailableQuickly(() -> compute.zones().list());
            // Not networks: an account's first look at them makes its default VPC, one subnet per Nova zone.
            assertThat(compute.securityGroups().list(account)).as("Neutron still answers").isEmpty();
        } finally {
            OpenStackCloud.restartService("nova-api");
        }
        assertThat(awaitRecovery(() -> compute.machines().list(account))).isEmpty();
    }

    @Test
    void keystoneOutageIsUnavailableForNewSignInsAndRecovers() {
        String known = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(compute.keyPairs().list(known)).isEmpty();
        OpenStackCloud.stopService("keystone");
        String newcomer = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            // A tenant's first call creates its project in Keystone; tokens already held keep working meanwhile.
            assertUnavailableQuickly(() -> compute.machines().list(newcomer));
        } finally {
            OpenStackCloud.restartService("keystone");
        }
        assertThat(awaitRecovery(() -> compute.machines().list(newcomer))).isEmpty();
    }

    @Test
    void neutronOutageIsUnavailableAndRecovers() {
        String account = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(compute.addresses().list(account)).isEmpty();
        OpenStackCloud.stopService("neutron");
        try {
            assertUnavailableQuickly(() -> compute.addresses().list(account));
        } finally {
            OpenStackCloud.restartService("neutron");
        }
        assertThat(awaitRecovery(() -> compute.addresses().list(account))).isEmpty();
    }

    private static void assertUnavailableQuickly(ThrowingCallable call) {
        long started = System.nanoTime();
        assertThatThrownBy(call).isInstanceOfSatisfying(ComputeException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }

    /** Polls until the call succeeds, as a client retrying a throttled or unavailable request would. */
    private static <T> T awaitRecovery(Supplier<T> call) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (ComputeException e) {
                if (e.kind() != Kind.UNAVAILABLE || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
