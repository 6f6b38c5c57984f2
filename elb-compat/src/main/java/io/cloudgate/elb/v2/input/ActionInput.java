package io.cloudgate.elb.v2.input;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/** Checks a request's actions and turns them into stored ones, with AWS's defaults and error codes. */
public final class ActionInput {
    private static final Set<String> CONTENT_TYPES = Set.of("text/plain", "text/css", "text/html",
            "application/javascript", "application/json");

    private ActionInput() {
    }

    /**
     * @param listenerProtocol the protocol of the listener the actions are for
     * @param groups           the target group an ARN names, or TargetGroupNotFound
     */
    public static List<ActionDoc> parse(List<Action> actions, String listenerProtocol,
                                        Function<String, TargetGroupDoc> groups) {
        if (actions == null || actions.isEmpty()) {
            throw AwsException.validation("At least one action must be specified");
        }
        List<ActionDoc> parsed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Integer order = action.order() != null ? action.order() : actions.size() > 1 ? i + 1 : null;
            parsed.add(switch (action.typeAsString() == null ? "" : action.typeAsString()) {
                case "forward" -> forward(action, order, listenerProtocol, groups);
                case "redirect" -> redirect(action.redirectConfig(), order, listenerProtocol);
                case "fixed-response" -> fixed(action.fixedResponseConfig(), order, listenerProtocol);
                default -> throw AwsException.validation("Action type '" + action.typeAsString()
                        + "' must be one of 'forward', 'redirect', 'fixed-response'");
            });
        }
        return parsed;
    }

    private static ActionDoc forward(Action action, Integer order, String listenerProtocol,
                                     Function<String, TargetGroupDoc> groups) {
        ForwardActionConfig config = action.forwardConfig();
        List<ActionDoc.WeightedGroup> weighted = new ArrayList<>();
        if (config != null && config.hasTargetGroups() && !config.targetGroups().isEmpty()) {
            for (TargetGroupTuple tuple : config.targetGroups()) {
                int weight = tuple.weight() == null ? 1 : tuple.weight();
                if (weight < 0 || weight > 999) {
                    throw AwsException.validation("Target group weight must be between 0 and 999");
                }
                weighted.add(new ActionDoc.WeightedGroup(checked(tuple.targetGroupArn(), listenerProtocol, groups),
                        weight));
            }
        } else if (action.targetGroupArn() != null) {
            weighted.add(new ActionDoc.WeightedGroup(checked(action.targetGroupArn(), listenerProtocol, groups), 1));
        } else {
            throw AwsException.validation("A target group ARN must be specified");
        }
        if (action.targetGroupArn() != null && weighted.stream()
                .noneMatch(group -> group.targetGroupArn().equals(action.targetGroupArn()))) {
            throw AwsException.validation("You cannot specify a target group ARN both in 'TargetGroupArn' and "
                    + "'ForwardConfig' unless they are the same");
        }
        boolean sticky = config != null && config.targetGroupStickinessConfig() != null
                && Boolean.TRUE.equals(config.targetGroupStickinessConfig().enabled());
        Integer seconds = sticky ? config.targetGroupStickinessConfig().durationSeconds() : null;
        if (sticky && (seconds == null || seconds < 1 || seconds > 604800)) {
            throw AwsException.validation("Target group stickiness duration must be between 1 and 604800 seconds");
        }
        return new ActionDoc("forward", order, weighted, sticky, seconds, null, null);
    }

    private static String checked(String arn, String listenerProtocol, Function<String, TargetGroupDoc> groups) {
        TargetGroupDoc group = groups.apply(arn);
        boolean httpListener = httpListener(listenerProtocol);
        if (httpListener != group.http()) {
            throw AwsException.badRequest("IncompatibleProtocols", "Listener protocol '" + listenerProtocol
                    + "' is not supported with a target group with the protocol '" + group.protocol() + "'");
        }
        return arn;
    }

    private static ActionDoc redirect(RedirectActionConfig config, Integer order, String listenerProtocol) {
        requireHttp("redirect", listenerProtocol);
        if (config == null || config.statusCode() == null) {
            throw AwsException.validation("A redirect configuration with a status code must be specified");
        }
        String protocol = config.protocol() == null ? "#{protocol}" : config.protocol();
        if (!Set.of("#{protocol}", "HTTP", "HTTPS").contains(protocol)) {
            throw AwsException.validation("Redirect protocol must be one of '#{protocol}', 'HTTP', 'HTTPS'");
        }
        return new ActionDoc("redirect", order, null, false, null, new ActionDoc.Redirect(protocol,
                orDefault(config.port(), "#{port}"), orDefault(config.host(), "#{host}"),
                orDefault(config.path(), "/#{path}"), orDefault(config.query(), "#{query}"),
                config.statusCodeAsString()), null);
    }

    private static ActionDoc fixed(FixedResponseActionConfig config, Integer order, String listenerProtocol) {
        requireHttp("fixed-response", listenerProtocol);
        if (config == null || config.statusCode() == null || !config.statusCode().matches("[245]\\d\\d")) {
            throw AwsException.validation("A fixed response status code must be specified as 2XX, 4XX or 5XX");
        }
        if (config.contentType() != null && !CONTENT_TYPES.contains(config.contentType())) {
            throw AwsException.validation("Fixed response content type must be one of " + CONTENT_TYPES);
        }
        if (config.messageBody() != null && config.messageBody().length() > 1024) {
            throw AwsException.validation("Fixed response message body must be at most 1024 characters");
        }
        return new ActionDoc("fixed-response", order, null, false, null, null,
                new ActionDoc.Fixed(config.statusCode(), config.contentType(), config.messageBody()));
    }

    private static void requireHttp(String type, String listenerProtocol) {
        if (!httpListener(listenerProtocol)) {
            throw AwsException.badRequest("InvalidLoadBalancerAction", "The action type '" + type
                    + "' is not supported with listener protocol '" + listenerProtocol + "'");
        }
    }

    private static boolean httpListener(String protocol) {
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null ? defaultValue : value;
    }
}
