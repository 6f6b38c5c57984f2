package io.cloudgate.cloudwatch.alarms.actions;

/**
 * Runs an EC2 alarm action on an instance given by its EC2 id (i-...). Implemented by the gateway wiring,
 * which maps EC2 ids to backend ids and calls the compute port, so CloudWatch needs no EC2 dependency.
 */
@FunctionalInterface
public interface InstanceActions {

    /** The EC2 actions of {@code arn:aws:automate:<region>:ec2:<verb>}. */
    enum Verb { STOP, TERMINATE, REBOOT, RECOVER }

    /** Performs the action; throws with a client-safe message when it cannot (unknown instance, wrong state). */
    void perform(String account, String instanceId, Verb verb);

    /** For gateways without compute: every EC2 action fails and is recorded as failed. */
    static InstanceActions unavailable() {
        return (account, instanceId, verb) -> {
            throw new IllegalStateException("EC2 actions are not available on this endpoint");
        };
    }
}
