package io.cloudgate.ec2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Zone;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ZoneIds;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;

/** Where each instance type is offered: every type of the cloud in its region and in every zone. */
public final class DescribeInstanceTypeOfferings
        implements Operation<DescribeInstanceTypeOfferingsRequest, DescribeInstanceTypeOfferingsResponse> {
    private static final Filters<InstanceTypeOffering> FILTERS = new Filters<>(
            Map.<String, Function<InstanceTypeOffering, Collection<String>>>of(
                    "location", offering -> List.of(offering.location()),
                    "instance-type", offering -> List.of(offering.instanceTypeAsString())),
            offering -> Map.of());

    private final Ec2Context context;

    DescribeInstanceTypeOfferings(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeInstanceTypeOfferingsResponse handle(DescribeInstanceTypeOfferingsRequest request,
                                                        RequestContext requestContext) {
        String locationType = request.locationTypeAsString() == null ? "region" : request.locationTypeAsString();
        List<String> locations = locations(locationType);
        List<MachineType> types = context.compute().machineTypes().list();
        List<InstanceTypeOffering> offerings = locations.stream().sorted()
                .flatMap(location -> types.stream().map(MachineType::name).sorted()
                        .map(type -> InstanceTypeOffering.builder().instanceType(type).locationType(locationType)
                                .location(location).build()))
                .filter(FILTERS.matcher(request.filters()))
                .toList();
        Page<InstanceTypeOffering> page = Page.of(offerings,
                offering -> offering.location() + " " + offering.instanceTypeAsString(), request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeInstanceTypeOfferingsResponse.builder()
                .instanceTypeOfferings(page.items())
                .nextToken(page.nextToken())
                .build();
    }

    private List<String> locations(String locationType) {
        List<Zone> zones = context.compute().zones().list();
        return switch (locationType) {
            case "region" -> List.of(context.region());
            case "availability-zone" -> zones.stream().map(Zone::name).toList();
            case "availability-zone-id" -> List.copyOf(ZoneIds.byZoneName(zones, context.region()).values());
            case "outpost" -> List.of();
            default -> throw AwsException.badRequest("InvalidParameterValue", "Value (" + locationType
                    + ") for parameter locationType is invalid. Valid values: region, availability-zone, "
                    + "availability-zone-id, outpost");
        };
    }
}
