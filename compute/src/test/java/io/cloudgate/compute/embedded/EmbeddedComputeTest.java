package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Compute;
import io.cloudgate.compute.ComputeCompatibilityKit;
import io.cloudgate.compute.KitLimits;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Duration;

/** The embedded cloud passes the compatibility kit, with small limits so the kit reaches them quickly. */
class EmbeddedComputeTest extends ComputeCompatibilityKit {
    private static final KitLimits LIMITS = new KitLimits(8, 64, 200, 3);

    private final SettableClock clock = new SettableClock();

    @Override
    protected Compute createCompute() {
        EmbeddedSettings settings = EmbeddedSettings.defaults().withLimits(LIMITS.machinesPerAccount(),
                LIMITS.vcpuCapacity(), LIMITS.volumeGibPerAccount(), LIMITS.addressesPerAccount());
        return EmbeddedCompute.open(MvStoreDocumentStore.inMemory(clock), clock, settings);
    }

    @Override
    public void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Override
    public KitLimits limits() {
        return LIMITS;
    }
}
