package io.cloudgate.elb.v2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.elb.core.ElbArns;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import io.cloudgate.elb.v2.state.TargetGroupDoc;
import io.cloudgate.elb.v2.state.V2Store;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The tags of any taggable ELBv2 resource by ARN: balancers, target groups, listeners and rules. */
final class TaggedResources {
    private static final int MAX_TAGS = 50;

    private final V2Context context;

    TaggedResources(V2Context context) {
        this.context = context;
    }

    Map<String, String> tags(String account, String arn) {
        V2Store store = context.store();
        return switch (kind(account, arn)) {
            case "loadbalancer" -> store.balancer(account, arn).tags();
            case "targetgroup" -> store.targetGroup(account, arn).tags();
            case "listener" -> store.listener(account, arn).item().tags();
            default -> store.rule(account, arn).item().tags();
        };
    }

    /** Changes a resource's tags; call under the account's lock. */
    void change(String account, String arn, UnaryOperator<Map<String, String>> change) {
        V2Store store = context.store();
        switch (kind(account, arn)) {
            case "loadbalancer" -> {
                LoadBalancerDoc balancer = store.balancer(account, arn);
                store.put(account, balancer.withTags(checked(change.apply(balancer.tags()))));
            }
            case "targetgroup" -> {
                TargetGroupDoc group = store.targetGroup(account, arn);
                store.put(account, group.withTags(checked(change.apply(group.tags()))));
            }
            case "listener" -> {
                V2Store.Located<ListenerDoc> found = store.listener(account, arn);
                ListenerDoc changed = found.item().withTags(checked(change.apply(found.item().tags())));
                store.put(account, found.balancer().withListeners(found.balancer().listeners().stream()
                        .map(listener -> listener.arn().equals(arn) ? changed : listener).toList()));
            }
            default -> {
                V2Store.Located<RuleDoc> found = store.rule(account, arn);
                RuleDoc changed = found.item().withTags(checked(change.apply(found.item().tags())));
                ListenerDoc listener = found.listener().withRules(found.listener().rules().stream()
                        .map(rule -> rule.arn().equals(arn) ? changed : rule).toList());
                store.put(account, found.balancer().withListeners(found.balancer().listeners().stream()
                        .map(existing -> existing.arn().equals(listener.arn()) ? listener : existing).toList()));
            }
        }
    }

    private static Map<String, String> checked(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw AwsException.badRequest("TooManyTags", "The quota for the number of tags that can be assigned to "
                    + "a load balancer has been reached");
        }
        return tags;
    }

    private String kind(String account, String arn) {
        String[] parts = ElbArns.resource(arn, context.region(), account);
        if (parts == null || parts.length < 2) {
            throw AwsException.validation("'" + arn + "' is not a valid resource ARN");
        }
        return switch (parts[0]) {
            case "loadbalancer", "targetgroup", "listener", "listener-rule" -> parts[0];
            default -> throw AwsException.validation("'" + arn + "' is not a valid resource ARN");
        };
    }
}
