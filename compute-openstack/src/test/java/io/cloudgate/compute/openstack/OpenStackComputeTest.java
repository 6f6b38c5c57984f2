package io.cloudgate.compute.openstack;

import io.cloudgate.compute.Compute;
import io.cloudgate.compute.ComputeCompatibilityKit;
import io.cloudgate.compute.KitLimits;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The adapter passes the compatibility kit against the real OpenStack openstack/start.sh boots. Time is real (the
 * cloud moves by itself), but long waits move a clock offset instead of sleeping, for the adapter's own retention.
 * Kit cases that need block storage are disabled: this cloud has no Cinder.
 */
class OpenStackComputeTest extends ComputeCompatibilityKit {
    private static final String NO_CINDER = "The OpenStack under test has no block-storage service (Cinder)";
    private static final KitLimits LIMITS = new KitLimits(5, 1_000_000, 0, 3);

    private final OffsetClock clock = new OffsetClock();

    @Override
    protected Compute createCompute() {
        return OpenStackCompute.open(OpenStackCloud.settings().withAddressesPerAccount(LIMITS.addressesPerAccount()),
                MvStoreDocumentStore.inMemory(clock), clock);
    }

    @Override
    public void elapse(Duration duration) {
        clock.offset = clock.offset.plus(duration);
        try {
            Thread.sleep(Math.min(duration.toMillis(), 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public KitLimits limits() {
        return LIMITS;
    }

    /** The system clock plus what elapse() skipped. */
    static final class OffsetClock extends Clock {
        volatile Duration offset = Duration.ZERO;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void volumesAttachInTheirZoneAtAFreeDevice() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void rootVolumeDetachesOnlyFromAStoppedMachine() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void volumesOnlyGrow() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void snapshotsCompleteAndSeedNewVolumes() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void snapshotBackingAnImageCannotBeDeleted() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void publicImagesHaveRootSnapshotsEveryAccountCanRestore() {
    }

    @Test
    @Disabled(NO_CINDER)
    @Override
    public void volumeQuotaLimitsTheTotalSizeOfAnAccountsVolumes() {
    }

    @Test
    @Disabled(NO_CINDER + ": machines have no root volume")
    @Override
    public void terminationDeletesOnlyDeleteOnTerminationVolumes() {
    }

    @Test
    @Disabled(NO_CINDER + ": machines have no root volume")
    @Override
    public void deleteOnTerminationCanBeChangedPerDevice() {
    }

    @Test
    @Disabled(NO_CINDER + ": machines have no root volume to inspect")
    @Override
    public void launchedMachineIsPendingThenRunningWithItsRootVolume() {
    }

    @Test
    @Disabled(NO_CINDER + ": the kit's isolation case snapshots the root volume")
    @Override
    public void anotherAccountsResourcesAreNotFound() {
    }

    @Test
    @Disabled("Machines of a real OpenStack are not served on the gateway's loopback addresses")
    @Override
    public void everyMachineHasItsOwnLoopbackAddressUntilTerminated() {
    }
}
