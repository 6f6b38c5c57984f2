package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Snapshot;
import io.cloudgate.compute.Volume;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Derives the current state of stored records from the clock: nothing runs in the background, a record
 * holds the state last set and when, and every read works out where the transition has got to since.
 */
final class Lifecycle {
    static final String USER_SHUTDOWN = "Client.UserInitiatedShutdown: User initiated shutdown";

    private final Clock clock;
    private final EmbeddedSettings settings;

    Lifecycle(Clock clock, EmbeddedSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    Instant now() {
        return clock.instant();
    }

    /** The machine as it is now, or null once it has been terminated for longer than the retention. */
    Machine machine(Machine stored) {
        Instant now = now();
        Machine current = switch (stored.state()) {
            case PENDING -> after(stored, settings.bootDelay(), MachineState.RUNNING, now);
            case STOPPING -> after(stored, settings.stopDelay(), MachineState.STOPPED, now);
            case SHUTTING_DOWN -> after(stored, settings.terminateDelay(), MachineState.TERMINATED, now);
            default -> stored;
        };
        if (current.state() != MachineState.TERMINATED) {
            return current;
        }
        if (!now.isBefore(current.stateChangedAt().plus(settings.terminatedRetention()))) {
            return null;
        }
        // A terminated machine holds no public address and no disks any more.
        return MachineCopies.withDisks(MachineCopies.withPublicAddress(current, null), List.of());
    }

    Volume volume(Volume stored) {
        boolean created = !now().isBefore(stored.createdAt().plus(settings.volumeCreateDelay()));
        if (!stored.state().equals("creating") || !created) {
            return stored;
        }
        String state = stored.attachment() == null ? "available" : "in-use";
        return new Volume(stored.id(), stored.owner(), stored.zone(), stored.sizeGib(), stored.volumeType(),
                stored.iops(), stored.throughput(), stored.snapshotId(), state,
                stored.createdAt(), stored.machineId(), stored.attachment());
    }

    Snapshot snapshot(Snapshot stored) {
        if (!stored.state().equals("pending")) {
            return stored;
        }
        Duration elapsed = Duration.between(stored.startedAt(), now());
        Duration total = settings.snapshotDuration();
        if (elapsed.compareTo(total) >= 0) {
            return new Snapshot(stored.id(), stored.owner(), stored.volumeId(), stored.sizeGib(), stored.description(),
                    "completed", 100, stored.startedAt());
        }
        int progress = (int) Math.max(0, Math.min(99, elapsed.toMillis() * 100 / Math.max(1, total.toMillis())));
        return new Snapshot(stored.id(), stored.owner(), stored.volumeId(), stored.sizeGib(), stored.description(),
                "pending", progress, stored.startedAt());
    }

    Image image(Image stored) {
        if (!stored.state().equals("pending") || now().isBefore(stored.createdAt().plus(settings.imageDelay()))) {
            return stored;
        }
        return new Image(stored.id(), stored.owner(), stored.name(), stored.description(), stored.isPublic(),
                stored.architecture(), stored.platform(), stored.rootDeviceName(), stored.sizeGib(), "available",
                stored.createdAt(), stored.launchAccounts());
    }

    private static Machine after(Machine stored, Duration delay, MachineState next, Instant now) {
        Instant at = stored.stateChangedAt().plus(delay);
        if (now.isBefore(at)) {
            return stored;
        }
        String reason = next == MachineState.RUNNING ? null : stored.stateReason();
        return MachineCopies.withState(stored, next, reason, at);
    }
}
