package io.cloudgate.elb.v2;

import io.cloudgate.elb.v2.state.ActionDoc;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.LoadBalancerDoc;
import io.cloudgate.elb.v2.state.RuleDoc;
import java.util.List;
import java.util.stream.Stream;

/** Which target groups a balancer's listeners and rules forward to. */
public final class V2References {
    private V2References() {
    }

    public static boolean forwardsTo(LoadBalancerDoc balancer, String groupArn) {
        return groupArns(balancer).anyMatch(groupArn::equals);
    }

    public static Stream<String> groupArns(LoadBalancerDoc balancer) {
        return balancer.listeners().stream().flatMap(V2References::groupArns);
    }

    public static Stream<String> groupArns(ListenerDoc listener) {
        return Stream.concat(actions(listener.defaultActions()),
                listener.rules().stream().map(RuleDoc::actions).flatMap(V2References::actions));
    }

    private static Stream<String> actions(List<ActionDoc> actions) {
        return actions.stream().filter(action -> action.targetGroups() != null)
                .flatMap(action -> action.targetGroups().stream().map(ActionDoc.WeightedGroup::targetGroupArn));
    }
}
