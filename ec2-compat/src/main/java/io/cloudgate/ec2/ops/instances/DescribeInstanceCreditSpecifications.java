package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecification;

/** CPU credit options of burstable instances; naming an instance of a fixed-performance type is refused. */
final class DescribeInstanceCreditSpecifications implements Operation<DescribeInstanceCreditSpecificationsRequest,
        DescribeInstanceCreditSpecificationsResponse> {
    private static final Filters<InstanceView> FILTERS = new Filters<>(
            Map.of("instance-id", view -> List.of(view.instanceId())), InstanceView::tags);

    private final InstanceLookup lookup;

    DescribeInstanceCreditSpecifications(InstanceLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public DescribeInstanceCreditSpecificationsResponse handle(DescribeInstanceCreditSpecificationsRequest request,
                                                               RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (!request.instanceIds().isEmpty() && request.maxResults() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        Predicate<InstanceView> matches = FILTERS.matcher(request.filters());
        List<InstanceView> views;
        if (request.instanceIds().isEmpty()) {
            views = lookup.all(account).stream().filter(view -> view.record().settings().cpuCredits() != null)
                    .toList();
        } else {
            views = lookup.require(account, request.instanceIds());
            views.stream().filter(view -> view.record().settings().cpuCredits() == null).findFirst()
                    .ifPresent(view -> {
                        throw AwsException.badRequest("InstanceCreditSpecification.NotSupported", "The instance '"
                                + view.instanceId() + "' does not support CPU credit specifications.");
                    });
        }
        DryRun.check(request.dryRun());
        List<InstanceView> selected = views.stream().filter(view -> !view.released()).filter(matches)
                .sorted(Comparator.comparing(InstanceView::instanceId)).toList();
        Page<InstanceView> page = Page.of(selected, InstanceView::instanceId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeInstanceCreditSpecificationsResponse.builder()
                .instanceCreditSpecifications(page.items().stream().map(view -> InstanceCreditSpecification.builder()
                        .instanceId(view.instanceId())
                        .cpuCredits(view.record().settings().cpuCredits())
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
