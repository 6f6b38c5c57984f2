package io.cloudgate.compute.cloudstack;

import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.TypedTable;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Port ids of machines. A launch gets an id at once, before CloudStack has seen it (it may wait in the deploy
 * queue); once deployed, that id is bound to the VM's CloudStack id both ways. VMs the gateway did not launch
 * keep their CloudStack id.
 */
final class MachineIds {
    private static final String LAUNCH_PREFIX = "launch-";

    /** One binding, stored under both ids. */
    record Binding(String launchId, String cloudStackId) {
    }

    private final TypedTable<Binding> byLaunch;
    private final TypedTable<Binding> byCloudStack;

    MachineIds(DocumentStore store) {
        this.byLaunch = TypedTable.cached(store.table("cloudstack-launch-ids"), Binding.class, Duration.ofMinutes(10));
        this.byCloudStack = TypedTable.cached(store.table("cloudstack-vm-ids"), Binding.class, Duration.ofMinutes(10));
    }

    static String newLaunchId() {
        return LAUNCH_PREFIX + UUID.randomUUID();
    }

    static boolean isLaunchId(String id) {
        return id != null && id.startsWith(LAUNCH_PREFIX);
    }

    void bind(String launchId, String cloudStackId) {
        Binding binding = new Binding(launchId, cloudStackId);
        byLaunch.put(launchId, "vm", binding);
        byCloudStack.put(cloudStackId, "vm", binding);
    }

    /** The CloudStack id behind a port id; empty for a launch not deployed yet. */
    Optional<String> toCloudStack(String portId) {
        if (!isLaunchId(portId)) {
            return Optional.of(portId);
        }
        return byLaunch.get(portId, "vm").map(Binding::cloudStackId);
    }

    String toPort(String cloudStackId) {
        return byCloudStack.get(cloudStackId, "vm").map(Binding::launchId).orElse(cloudStackId);
    }
}
