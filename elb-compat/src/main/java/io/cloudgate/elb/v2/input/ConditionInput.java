package io.cloudgate.elb.v2.input;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.state.ConditionDoc;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/** Checks a rule's conditions and turns them into stored ones. */
public final class ConditionInput {
    private static final int MAX_VALUE_LENGTH = 128;

    private ConditionInput() {
    }

    public static List<ConditionDoc> parse(List<RuleCondition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            throw AwsException.validation("A rule must have at least one condition");
        }
        return conditions.stream().map(ConditionInput::condition).toList();
    }

    private static ConditionDoc condition(RuleCondition condition) {
        String field = condition.field();
        ConditionDoc parsed = switch (field == null ? "" : field) {
            case "path-pattern" -> values(field, condition.pathPatternConfig() != null
                    && condition.pathPatternConfig().hasValues() ? condition.pathPatternConfig().values()
                    : condition.values(), null);
            case "host-header" -> values(field, condition.hostHeaderConfig() != null
                    && condition.hostHeaderConfig().hasValues() ? condition.hostHeaderConfig().values()
                    : condition.values(), null);
            case "http-header" -> {
                if (condition.httpHeaderConfig() == null || condition.httpHeaderConfig().httpHeaderName() == null) {
                    throw AwsException.validation("An HTTP header name must be specified for 'http-header'");
                }
                yield values(field, condition.httpHeaderConfig().values(),
                        condition.httpHeaderConfig().httpHeaderName());
            }
            case "query-string" -> {
                if (condition.queryStringConfig() == null || condition.queryStringConfig().values().isEmpty()) {
                    throw AwsException.validation("At least one key/value pair must be specified for 'query-string'");
                }
                yield new ConditionDoc(field, List.of(), null, condition.queryStringConfig().values().stream()
                        .map(pair -> new ConditionDoc.QueryPair(pair.key(), requireValue(pair.value()))).toList());
            }
            default -> throw AwsException.validation("Condition field '" + field + "' must be one of "
                    + "[path-pattern, host-header, http-header, query-string]");
        };
        return parsed;
    }

    private static ConditionDoc values(String field, List<String> values, String headerName) {
        if (values == null || values.isEmpty()) {
            throw AwsException.validation("A condition value must be specified for '" + field + "'");
        }
        values.forEach(ConditionInput::requireValue);
        return new ConditionDoc(field, List.copyOf(values), headerName, List.of());
    }

    private static String requireValue(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw AwsException.validation("Condition values must have length between 1 and " + MAX_VALUE_LENGTH);
        }
        return value;
    }
}
