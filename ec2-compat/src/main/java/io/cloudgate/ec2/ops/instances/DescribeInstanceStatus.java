package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.InstanceStatusDetails;
import software.amazon.awssdk.services.ec2.model.InstanceStatusSummary;

/**
 * Status checks. The simulated hardware never fails, so a running instance passes both checks ("ok");
 * other states have none ("not-applicable"). Without IncludeAllInstances only running instances appear.
 */
final class DescribeInstanceStatus implements Operation<DescribeInstanceStatusRequest, DescribeInstanceStatusResponse> {
    private final Ec2Context context;
    private final InstanceLookup lookup;

    DescribeInstanceStatus(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public DescribeInstanceStatusResponse handle(DescribeInstanceStatusRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (!request.instanceIds().isEmpty() && request.maxResults() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        AccountResources resources = new AccountResources(context, account);
        Predicate<InstanceView> matches = filters().matcher(request.filters());
        boolean all = Boolean.TRUE.equals(request.includeAllInstances());
        List<InstanceView> views = request.instanceIds().isEmpty() ? lookup.all(account)
                : lookup.require(account, request.instanceIds());
        DryRun.check(request.dryRun());
        List<InstanceView> selected = views.stream()
                .filter(view -> all || view.state() == MachineState.RUNNING)
                .filter(matches)
                .sorted(Comparator.comparing(InstanceView::instanceId))
                .toList();
        Page<InstanceView> page = Page.of(selected, InstanceView::instanceId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeInstanceStatusResponse.builder()
                .instanceStatuses(page.items().stream().map(view -> status(view, resources)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static InstanceStatus status(InstanceView view, AccountResources resources) {
        InstanceStatusSummary checks = checks(view.state());
        return InstanceStatus.builder()
                .instanceId(view.instanceId())
                .availabilityZone(view.machine().zone())
                .availabilityZoneId(resources.zoneId(view.machine().zone()))
                .instanceState(InstanceStates.of(view.state()))
                .instanceStatus(checks)
                .systemStatus(checks)
                .events(List.of())
                .build();
    }

    private static InstanceStatusSummary checks(MachineState state) {
        if (state != MachineState.RUNNING) {
            return InstanceStatusSummary.builder().status("not-applicable").build();
        }
        return InstanceStatusSummary.builder()
                .status("ok")
                .details(InstanceStatusDetails.builder().name("reachability").status("passed").build())
                .build();
    }

    private static Filters<InstanceView> filters() {
        Map<String, Function<InstanceView, Collection<String>>> fields = new HashMap<>();
        Function<InstanceView, Collection<String>> status = view -> List.of(checks(view.state()).statusAsString());
        Function<InstanceView, Collection<String>> reachability = view -> view.state() == MachineState.RUNNING
                ? List.of("passed") : List.of();
        fields.put("availability-zone", view -> List.of(view.machine().zone()));
        fields.put("instance-state-name", view -> List.of(InstanceStates.name(view.state()).toString()));
        fields.put("instance-state-code", view -> List.of(String.valueOf(InstanceStates.code(view.state()))));
        fields.put("instance-status.status", status);
        fields.put("system-status.status", status);
        fields.put("instance-status.reachability", reachability);
        fields.put("system-status.reachability", reachability);
        fields.put("event.code", view -> List.of());
        fields.put("event.description", view -> List.of());
        return new Filters<>(fields, InstanceView::tags);
    }
}
