package io.cloudgate.cloudwatch.tags;

/** Tells whether an account has the alarm or dashboard an ARN names; supplied by the service wiring. */
@FunctionalInterface
public interface TaggedResources {
    boolean exists(String account, String arn);
}
