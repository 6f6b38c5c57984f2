package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/** Instances grouped by reservation, filtered and paged over instances. */
final class DescribeInstances implements Operation<DescribeInstancesRequest, DescribeInstancesResponse> {
    /** Tag filters alone, over a resource's tags. */
    private static final Filters<Map<String, String>> TAGS = new Filters<>(Map.of(), tags -> tags);

    private final Ec2Context context;
    private final InstanceLookup lookup;
    private final RenderedInstances rendered = new RenderedInstances();

    DescribeInstances(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public DescribeInstancesResponse handle(DescribeInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (!request.instanceIds().isEmpty() && request.maxResults() != null) {
            throw AwsException.badRequest("InvalidParameterCombination",
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        InstanceRenderer renderer = new InstanceRenderer(new AccountResources(context, account));
        Predicate<InstanceView> matches = InstanceFilters.of(renderer).matcher(request.filters());
        List<Filter> tagFilters = request.filters().stream().filter(DescribeInstances::isTagFilter).toList();
        List<InstanceView> views = null; // stays null for tag filters: the tagged instances are read lazily
        if (!request.instanceIds().isEmpty()) {
            views = lookup.require(account, request.instanceIds());
        } else if (tagFilters.isEmpty()) {
            views = lookup.all(account);
        }
        DryRun.check(request.dryRun());
        // Lazily, in id order: only as many instances are filtered as the page needs.
        Stream<InstanceView> listing = views != null
                ? views.stream().sorted(Comparator.comparing(InstanceView::instanceId))
                : lookup.tagged(account, TAGS.matcher(tagFilters), Page.firstIdOf(request.nextToken()));
        Page<InstanceView> page = Page.of(listing.filter(matches).iterator(), InstanceView::instanceId,
                request.maxResults(), request.nextToken(), 5, 1000);
        return DescribeInstancesResponse.builder()
                .reservations(reservations(page.items(), view -> rendered.render(view, renderer), account))
                .nextToken(page.nextToken())
                .build();
    }

    private static boolean isTagFilter(Filter filter) {
        String name = filter.name();
        return name != null && (name.startsWith("tag:") || name.equals("tag-key") || name.equals("tag-value"));
    }

    /** Groups instances by reservation, keeping the order of the first instance of each. */
    static List<Reservation> reservations(List<InstanceView> views, Function<InstanceView, Instance> renderer,
                                          String account) {
        Map<String, List<Instance>> byReservation = new LinkedHashMap<>();
        for (InstanceView view : views) {
            byReservation.computeIfAbsent(view.record().reservationId(), id -> new ArrayList<>())
                    .add(renderer.apply(view));
        }
        List<Reservation> reservations = new ArrayList<>();
        byReservation.forEach((reservationId, instances) -> reservations.add(Reservation.builder()
                .reservationId(reservationId)
                .ownerId(account)
                .groups(List.of())
                .instances(instances)
                .build()));
        return reservations;
    }
}
