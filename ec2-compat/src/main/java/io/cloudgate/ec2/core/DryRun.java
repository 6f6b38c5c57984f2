package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;

/** DryRun on mutating calls: after validation, answer whether the call would have succeeded. */
public final class DryRun {
    private DryRun() {
    }

    /** Throws DryRunOperation (412) when the flag is set; call it after the request has been validated. */
    public static void check(Boolean dryRun) {
        if (Boolean.TRUE.equals(dryRun)) {
            throw new AwsException(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        }
    }
}
