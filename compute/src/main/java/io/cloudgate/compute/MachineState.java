package io.cloudgate.compute;

/** The life cycle of a machine, as every cloud has it in some form. */
public enum MachineState {
    PENDING, RUNNING, STOPPING, STOPPED, SHUTTING_DOWN, TERMINATED
}
