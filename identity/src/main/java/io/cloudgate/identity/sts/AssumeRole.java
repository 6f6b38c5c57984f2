package io.cloudgate.identity.sts;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.Principal;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.AssumedRoleUser;

/**
 * Assumes a role of the caller's own account. Roles are not modelled yet, so any role name of the
 * caller's account may be assumed; a role of another account is always denied.
 */
public final class AssumeRole implements Operation<AssumeRoleRequest, AssumeRoleResponse> {
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:[\\w+=,.@/-]*/)?([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");

    private final Identities identities;

    public AssumeRole(Identities identities) {
        this.identities = identities;
    }

    @Override
    public AssumeRoleResponse handle(AssumeRoleRequest request, RequestContext context) {
        String roleArn = Validation.required(request.roleArn(), "roleArn");
        String sessionName = Validation.required(request.roleSessionName(), "roleSessionName");
        Validation.length(roleArn, "roleArn", 20, 2048);
        Validation.length(sessionName, "roleSessionName", 2, 64);
        Validation.pattern(sessionName, "roleSessionName", SESSION_NAME);
        int seconds = Validation.range(request.durationSeconds(), "durationSeconds", 900, 43200, 3600);
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            throw AwsException.validation(roleArn + " is invalid");
        }
        Principal caller = context.principal();
        if (!arn.group(1).equals(caller.accountId())) {
            throw AwsException.forbidden("AccessDenied", "User: " + caller.arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        }
        var key = identities.issueTemporaryKey(caller.accountId(), null, Duration.ofSeconds(seconds), roleArn,
                sessionName);
        String assumedArn = "arn:aws:sts::" + caller.accountId() + ":assumed-role/" + arn.group(2) + "/" + sessionName;
        return AssumeRoleResponse.builder()
                .credentials(TemporaryCredentials.of(key))
                .assumedRoleUser(AssumedRoleUser.builder()
                        .arn(assumedArn)
                        .assumedRoleId(Identities.roleId(roleArn) + ":" + sessionName)
                        .build())
                .build();
    }
}
