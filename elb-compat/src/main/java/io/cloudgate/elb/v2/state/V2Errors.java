package io.cloudgate.elb.v2.state;

import io.cloudgate.api.AwsException;

/** ELBv2's error codes and AWS's wording of them. */
public final class V2Errors {
    private V2Errors() {
    }

    public static AwsException loadBalancerNotFound() {
        return AwsException.badRequest("LoadBalancerNotFound", "One or more load balancers not found");
    }

    public static AwsException targetGroupNotFound() {
        return AwsException.badRequest("TargetGroupNotFound", "One or more target groups not found");
    }

    public static AwsException listenerNotFound() {
        return AwsException.badRequest("ListenerNotFound", "One or more listeners not found");
    }

    public static AwsException ruleNotFound() {
        return AwsException.badRequest("RuleNotFound", "One or more rules not found");
    }

    public static AwsException duplicateListener() {
        return AwsException.badRequest("DuplicateListener", "A listener already exists with the same port");
    }

    public static AwsException priorityInUse(int priority) {
        return AwsException.badRequest("PriorityInUse", "Priority '" + priority + "' is currently in use");
    }

    public static AwsException invalidTarget(String targetId) {
        return AwsException.badRequest("InvalidTarget", "The following targets are not valid: '" + targetId + "'");
    }

    public static AwsException notRunning(String targetId) {
        return AwsException.badRequest("InvalidTarget",
                "The following targets are not in a running state and cannot be registered: '" + targetId + "'");
    }

    public static AwsException certificateNotFound(String arn) {
        return AwsException.badRequest("CertificateNotFound", "Certificate '" + arn + "' not found");
    }

    public static AwsException invalidConfiguration(String message) {
        return AwsException.badRequest("InvalidConfigurationRequest", message);
    }

    public static AwsException validation(String message) {
        return AwsException.validation(message);
    }

    public static AwsException resourceInUse(String message) {
        return AwsException.badRequest("ResourceInUse", message);
    }
}
