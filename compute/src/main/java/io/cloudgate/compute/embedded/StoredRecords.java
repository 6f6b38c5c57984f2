package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;

/** Records the embedded cloud stores besides the port's own ones. */
final class StoredRecords {
    private StoredRecords() {
    }

    /**
     * A machine as last written; its state is the one last set, the view derives later ones from the clock.
     *
     * @param wantsPublicAddress launched with an automatic public address (given again on start)
     * @param addressId          the allocated address associated with it, or null
     */
    record MachineDoc(Machine machine, boolean wantsPublicAddress, String addressId) {
        MachineDoc withMachine(Machine changed) {
            return new MachineDoc(changed, wantsPublicAddress, addressId);
        }

        MachineDoc withAddressId(String changed) {
            return new MachineDoc(machine, wantsPublicAddress, changed);
        }
    }

    /** An account image and the snapshot it was registered from (null when none). */
    record ImageDoc(Image image, String snapshotId) {
        ImageDoc withImage(Image changed) {
            return new ImageDoc(changed, snapshotId);
        }
    }

    /** Lets the grantee partition find an image of another account. */
    record ImageGrant(String owner, String imageId) {
    }

    /** Who holds a public address of the pool, and as what ("address" allocated, "machine" automatic). */
    record PoolEntry(String owner, String use) {
    }

    /**
     * Who holds a loopback address: the machine, its account and its image (the web-server fleet serves the
     * machines of one image without reading every machine). Claims written before accounts were recorded have
     * a null account and image.
     */
    record LoopbackClaim(String machineId, String account, String imageId) {
    }

    /** Per-account facts: whether the default network was ever provisioned. */
    record AccountDoc(boolean defaultNetworkProvisioned) {
    }
}
