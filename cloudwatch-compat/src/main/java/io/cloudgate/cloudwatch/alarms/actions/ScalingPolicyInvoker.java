package io.cloudgate.cloudwatch.alarms.actions;

/**
 * Executes an Auto Scaling policy named by an alarm action ARN. Implemented by the Auto Scaling module;
 * until then {@link #unavailable()} records each attempt as a failed action, as AWS does for a policy that
 * cannot be run.
 */
@FunctionalInterface
public interface ScalingPolicyInvoker {

    /** Runs the policy for the alarm that changed state; throws with a client-safe message on failure. */
    void invoke(String account, String policyArn, String alarmName, String newState);

    static ScalingPolicyInvoker unavailable() {
        return (account, policyArn, alarmName, newState) -> {
            throw new IllegalStateException("No Auto Scaling policy " + policyArn + " exists");
        };
    }
}
