package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.UsageSample;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The usage of the embedded cloud's machines: a pure function of machine id and minute, so every read (and every
 * gateway) sees the same numbers. Each machine has its own base load, a daily swing and per-minute noise; network
 * and disk traffic follow the CPU. Status checks always pass. The cloud keeps no state history: a machine is taken
 * to have run from launch until now while running, until its last state change otherwise.
 */
final class SimulatedUsage {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final double MINUTES_PER_DAY = 24 * 60;

    private SimulatedUsage() {
    }

    static List<UsageSample> of(Machine machine, Instant from, Instant to, Instant now) {
        Instant ranUntil = machine.state() == MachineState.RUNNING ? now : machine.stateChangedAt();
        Instant first = max(from, machine.launchedAt()).truncatedTo(ChronoUnit.MINUTES);
        if (first.isBefore(from)) {
            first = first.plus(MINUTE);
        }
        List<UsageSample> samples = new ArrayList<>();
        for (Instant minute = first; minute.isBefore(to) && !minute.plus(MINUTE).isAfter(ranUntil);
             minute = minute.plus(MINUTE)) {
            samples.add(sample(machine.id(), minute));
        }
        return samples;
    }

    static UsageSample sample(String machineId, Instant minute) {
        SplittableRandom machine = new SplittableRandom(machineId.hashCode());
        double base = 5 + machine.nextDouble() * 20;
        double phase = machine.nextDouble() * 2 * Math.PI;
        long bytesPerCpuPercent = 2_000 + machine.nextLong(18_000);
        long epochMinute = minute.getEpochSecond() / 60;
        SplittableRandom noise = new SplittableRandom(machineId.hashCode() * 31L + epochMinute * 1_000_003L);
        double swing = 8 * Math.sin(2 * Math.PI * (epochMinute % (long) MINUTES_PER_DAY) / MINUTES_PER_DAY + phase);
        double cpu = Math.round(Math.clamp(base + swing + noise.nextDouble(-3, 3), 0.1, 100) * 1000) / 1000.0;
        long networkIn = Math.round(cpu * bytesPerCpuPercent * noise.nextDouble(0.8, 1.2));
        long networkOut = Math.round(networkIn * noise.nextDouble(0.5, 2.5));
        long readOps = Math.round(cpu * noise.nextDouble(2, 6));
        long writeOps = Math.round(cpu * noise.nextDouble(4, 10));
        return new UsageSample(minute, cpu, networkIn, networkOut, packets(networkIn, noise),
                packets(networkOut, noise), readOps * 4096 * noise.nextInt(1, 9),
                writeOps * 4096 * noise.nextInt(1, 5), readOps, writeOps, false, false);
    }

    /** Packets of a byte count at a plausible mean packet size. */
    private static long packets(long bytes, SplittableRandom noise) {
        return Math.max(bytes == 0 ? 0 : 1, bytes / noise.nextInt(400, 1400));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
