package io.cloudgate.ec2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Region;

/** The one region this gateway serves, whatever AllRegions says: there are no others to opt in to. */
public final class DescribeRegions implements Operation<DescribeRegionsRequest, DescribeRegionsResponse> {
    private static final Filters<Region> FILTERS = new Filters<>(
            Map.<String, Function<Region, Collection<String>>>of(
                    "region-name", region -> List.of(region.regionName()),
                    "endpoint", region -> List.of(region.endpoint()),
                    "opt-in-status", region -> List.of(region.optInStatus())),
            region -> Map.of());

    private final Ec2Context context;

    DescribeRegions(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeRegionsResponse handle(DescribeRegionsRequest request, RequestContext requestContext) {
        Region region = Region.builder()
                .regionName(context.region())
                .endpoint("ec2." + context.region() + ".amazonaws.com")
                .optInStatus("opt-in-not-required")
                .build();
        for (String name : request.regionNames()) {
            if (!name.equals(region.regionName())) {
                throw AwsException.badRequest("InvalidParameterValue", "Invalid region: [" + name + "]");
            }
        }
        List<Region> regions = FILTERS.matcher(request.filters()).test(region) ? List.of(region) : List.of();
        return DescribeRegionsResponse.builder().regions(regions).build();
    }
}
