package io.cloudgate.elb.v2.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.ConditionDoc;
import io.cloudgate.elb.v2.state.HealthCheckDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

class InputValidationTest {
    private static final Function<String, TargetGroupDoc> HTTP_GROUP = arn -> group("HTTP");

    @Test
    void healthCheckDefaultsFollowTheGroupProtocol() {
        assertThat(HealthCheckInput.defaults("HTTP")).isEqualTo(
                new HealthCheckDoc(true, "HTTP", "traffic-port", "/", 30, 5, 5, 2, "200"));
        assertThat(HealthCheckInput.defaults("TCP")).isEqualTo(
                new HealthCheckDoc(true, "TCP", "traffic-port", null, 30, 10, 5, 2, null));
    }

    @Test
    void healthCheckSettingsAreCheckedAsAwsChecksThem() {
        HealthCheckDoc http = HealthCheckInput.defaults("HTTP");
        assertCode(() -> check(5, 5, null, null).applyTo(http), "ValidationError");
        assertCode(() -> check(301, null, null, null).applyTo(http), "ValidationError");
        assertCode(() -> check(null, null, "health", null).applyTo(http), "ValidationError");
        assertCode(() -> check(null, null, null, "ok").applyTo(http), "ValidationError");
        assertCode(() -> check(null, null, "/health", null).applyTo(HealthCheckInput.defaults("TCP")),
                "InvalidConfigurationRequest");
        assertThat(check(10, 3, "/up", "200-299").applyTo(http)).isEqualTo(
                new HealthCheckDoc(true, "HTTP", "traffic-port", "/up", 10, 3, 5, 2, "200-299"));
    }

    @Test
    void forwardActionsCarryWeightsAndMustMatchTheListenerProtocol() {
        Action weighted = Action.builder().type("forward").forwardConfig(ForwardActionConfig.builder().targetGroups(
                TargetGroupTuple.builder().targetGroupArn("a").weight(3).build(),
                TargetGroupTuple.builder().targetGroupArn("b").build()).build()).build();
        assertThat(ActionInput.parse(List.of(weighted), "HTTP", HTTP_GROUP).getFirst().targetGroups())
                .containsExactly(new ActionDoc.WeightedGroup("a", 3), new ActionDoc.WeightedGroup("b", 1));

        Action heavy = Action.builder().type("forward").forwardConfig(ForwardActionConfig.builder().targetGroups(
                TargetGroupTuple.builder().targetGroupArn("a").weight(1000).build()).build()).build();
        assertCode(() -> ActionInput.parse(List.of(heavy), "HTTP", HTTP_GROUP), "ValidationError");
        Action plain = Action.builder().type("forward").targetGroupArn("a").build();
        assertCode(() -> ActionInput.parse(List.of(plain), "TCP", HTTP_GROUP), "IncompatibleProtocols");
        assertCode(() -> ActionInput.parse(List.of(), "HTTP", HTTP_GROUP), "ValidationError");
    }

    @Test
    void redirectsTakeAwsDefaultsAndNeedAnHttpListener() {
        Action redirect = Action.builder().type("redirect").redirectConfig(RedirectActionConfig.builder()
                .protocol("HTTPS").port("443").statusCode("HTTP_301").build()).build();
        assertThat(ActionInput.parse(List.of(redirect), "HTTP", HTTP_GROUP).getFirst().redirect()).isEqualTo(
                new ActionDoc.Redirect("HTTPS", "443", "#{host}", "/#{path}", "#{query}", "HTTP_301"));
        assertCode(() -> ActionInput.parse(List.of(redirect), "TCP", HTTP_GROUP), "InvalidLoadBalancerAction");
    }

    @Test
    void conditionsAreReadFromTheirConfigsAndUnknownFieldsRefused() {
        RuleCondition query = RuleCondition.builder().field("query-string").queryStringConfig(
                QueryStringConditionConfig.builder().values(QueryStringKeyValuePair.builder().key("v").value("2")
                        .build()).build()).build();
        assertThat(ConditionInput.parse(List.of(query))).containsExactly(
                new ConditionDoc("query-string", List.of(), null, List.of(new ConditionDoc.QueryPair("v", "2"))));
        RuleCondition legacy = RuleCondition.builder().field("path-pattern").values("/api/*").build();
        assertThat(ConditionInput.parse(List.of(legacy)).getFirst().values()).containsExactly("/api/*");
        assertCode(() -> ConditionInput.parse(List.of(RuleCondition.builder().field("source-ip")
                .values("10.0.0.0/8").build())), "ValidationError");
        assertCode(() -> ConditionInput.parse(List.of()), "ValidationError");
    }

    @Test
    void attributeChangesMustNameKnownAttributesWithValidValues() {
        Map<String, String> current = AttributeDefaults.targetGroup(true, "instance");
        assertThat(AttributeDefaults.modified(current, Map.of("deregistration_delay.timeout_seconds", "20")))
                .containsEntry("deregistration_delay.timeout_seconds", "20");
        assertCode(() -> AttributeDefaults.modified(current, Map.of("no.such.attribute", "1")), "ValidationError");
        assertCode(() -> AttributeDefaults.modified(current, Map.of("stickiness.type", "sticky")),
                "ValidationError");
        assertCode(() -> AttributeDefaults.modified(current, Map.of("deregistration_delay.timeout_seconds",
                "3601")), "ValidationError");
    }

    private static HealthCheckInput check(Integer interval, Integer timeout, String path, String matcher) {
        return new HealthCheckInput(null, null, null, path, interval, timeout, null, null, matcher);
    }

    private static TargetGroupDoc group(String protocol) {
        return new TargetGroupDoc("arn", "g", "id", protocol, null, 80, "vpc-1", "instance",
                HealthCheckInput.defaults(protocol), Map.of(), Map.of(), List.of(), Instant.EPOCH);
    }

    private static void assertCode(Executable call, String code) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(400);
        });
    }
}
