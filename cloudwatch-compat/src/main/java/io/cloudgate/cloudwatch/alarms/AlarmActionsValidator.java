package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.AwsException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks alarm action lists: at most five each, every entry an ARN CloudWatch accepts (EC2 automate actions,
 * Auto Scaling policies, SNS, SSM, Lambda) or an http(s) webhook URL.
 */
final class AlarmActionsValidator {
    private static final int MAX_ACTIONS = 5;
    static final Pattern EC2_ACTION = Pattern.compile("arn:aws[a-z-]*:automate:[a-z0-9-]+:ec2:(stop|terminate|reboot|recover)");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:(sns|autoscaling|ssm|ssm-incidents|lambda|swf|automate):.+");
    private static final Pattern WEBHOOK = Pattern.compile("https?://[^\\s]+");

    private AlarmActionsValidator() {
    }

    /** Checks one list; returns whether it holds an EC2 action. */
    static boolean check(List<String> actions, String member) {
        if (actions.size() > MAX_ACTIONS) {
            throw AwsException.validation("1 validation error detected: Value '" + actions + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + MAX_ACTIONS);
        }
        boolean ec2 = false;
        for (String action : actions) {
            if (action == null || action.isEmpty() || action.length() > 1024) {
                throw AwsException.validation("1 validation error detected: Value '" + actions + "' at '" + member
                        + "' failed to satisfy constraint: Member must satisfy constraint: [Member must have length "
                        + "less than or equal to 1024, Member must have length greater than or equal to 1]");
            }
            if (EC2_ACTION.matcher(action).matches()) {
                ec2 = true;
            } else if (!ARN.matcher(action).matches() && !WEBHOOK.matcher(action).matches()) {
                throw AwsException.validation("Invalid arn syntax: " + action);
            }
        }
        return ec2;
    }
}
