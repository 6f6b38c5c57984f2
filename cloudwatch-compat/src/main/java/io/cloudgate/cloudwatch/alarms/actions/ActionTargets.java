package io.cloudgate.cloudwatch.alarms.actions;

import java.time.Duration;

/** What alarm actions act on: instances, Auto Scaling policies and webhooks. */
public record ActionTargets(InstanceActions instances, ScalingPolicyInvoker scaling, WebhookSender webhooks) {

    /** Without compute or Auto Scaling: those actions are recorded as failed; webhooks are sent. */
    public static ActionTargets webhooksOnly() {
        return new ActionTargets(InstanceActions.unavailable(), ScalingPolicyInvoker.unavailable(),
                new WebhookSender(Duration.ofSeconds(10)));
    }
}
