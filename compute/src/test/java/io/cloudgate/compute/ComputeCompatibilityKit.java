package io.cloudgate.compute;

import org.junit.jupiter.api.BeforeEach;

/**
 * The behaviour every {@link Compute} adapter must show, exercised through the port only. An adapter's test
 * extends this class, supplies the backend, says how time passes (a simulated cloud moves its clock, a real
 * one sleeps) and which limits it enforces. Each test uses fresh accounts, so the backend may be shared.
 */
public abstract class ComputeCompatibilityKit implements MachineLifecycleKit, NetworkKit, SecurityGroupKit, VolumeKit,
        ImageKit, AddressKit, QuotaKit, IsolationKit, ConcurrencyKit {
    private Compute compute;

    /** The backend for one test. */
    protected abstract Compute createCompute();

    @BeforeEach
    final void createBackend() {
        compute = createCompute();
    }

    @Override
    public final Compute compute() {
        return compute;
    }
}
