package io.cloudgate.ec2.ops.account;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.AccountAttributeValue;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Region;

/** DescribeRegions, DescribeAvailabilityZones and DescribeAccountAttributes. */
class RegionsAndZonesTest {
    private final Ec2Testbed bed = new Ec2Testbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theGatewaysRegionIsTheOnlyRegion() {
        List<Region> regions = regions(request -> { });

        assertThat(regions).singleElement().satisfies(region -> {
            assertThat(region.regionName()).isEqualTo("us-east-1");
            assertThat(region.endpoint()).isEqualTo("ec2.us-east-1.amazonaws.com");
            assertThat(region.optInStatus()).isEqualTo("opt-in-not-required");
        });
        assertThat(regions(request -> request.allRegions(true).regionNames("us-east-1"))).hasSize(1);
        assertThat(regions(request -> request.filters(filter("region-name", "eu-*")))).isEmpty();
        assertThat(errorCode(() -> regions(request -> request.regionNames("us-east-1", "mars-north-1")),
                "InvalidParameterValue")).isEqualTo("Invalid region: [mars-north-1]");
    }

    @Test
    void zonesLookAsAwsRecordedThem() throws IOException {
        List<AvailabilityZone> zones = zones(request -> { });
        assertThat(zones).extracting(AvailabilityZone::zoneName).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(zones).extracting(AvailabilityZone::zoneId).containsExactly("use1-az1", "use1-az2", "use1-az3");

        JsonNode recordings;
        try (InputStream in = getClass().getResourceAsStream("/aws-snapshots/describe-availability-zones.json")) {
            recordings = new ObjectMapper().readTree(in).get("recordings");
        }
        recordings.forEach(recording -> recording.get("AvailabilityZones").forEach(recorded -> {
            Map<String, Object> expected = new LinkedHashMap<>();
            recorded.fields().forEachRemaining(field -> expected.put(field.getKey(),
                    field.getValue().isArray() ? List.of() : field.getValue().asText().replace("<region>", "us-east-1")));
            AvailabilityZone ours = zones.stream()
                    .filter(zone -> zone.zoneName().equals(expected.get("ZoneName"))).findFirst().orElseThrow();
            // AWS numbers zone ids differently for every account; only their shape is comparable.
            assertThat(ours.zoneId()).matches("use1-az\\d");
            expected.remove("ZoneId");
            Map<String, Object> actual = fields(ours);
            expected.forEach((name, value) -> assertThat(actual.get(name)).as(name).isEqualTo(value));
        }));
    }

    @Test
    void zonesByNameIdAndFilter() {
        assertThat(zones(request -> request.zoneNames("us-east-1b"))).extracting(AvailabilityZone::zoneId)
                .containsExactly("use1-az2");
        assertThat(zones(request -> request.zoneIds("use1-az3"))).extracting(AvailabilityZone::zoneName)
                .containsExactly("us-east-1c");
        assertThat(zones(request -> request.filters(filter("zone-name", "us-east-1a"), filter("state", "available"))))
                .hasSize(1);
        assertThat(zones(request -> request.filters(filter("region-name", "us-east-1"), filter("zone-id", "use1-az?"))))
                .hasSize(3);
        assertThat(zones(request -> request.filters(filter("state", "impaired")))).isEmpty();
        assertThat(errorCode(() -> zones(request -> request.zoneNames("us-east-1z")), "InvalidParameterValue"))
                .isEqualTo("Invalid availability zone: [us-east-1z]");
        assertThat(errorCode(() -> zones(request -> request.zoneIds("use1-az9")), "InvalidParameterValue"))
                .isEqualTo("Invalid availability zone-id: [use1-az9]");
        errorCode(() -> zones(request -> request.filters(filter("flavour", "x"))), "InvalidParameterValue");
    }

    @Test
    void accountAttributesNameTheDefaultVpcAndLimits() {
        Map<String, List<String>> attributes = attributes(request -> { });

        String defaultVpc = bed.context.ids().toAws(ResourceKind.VPC,
                bed.context.compute().networks().defaultNetwork(Ec2Testbed.ACCOUNT).id());
        assertThat(attributes).containsEntry("supported-platforms", List.of("VPC"))
                .containsEntry("default-vpc", List.of(defaultVpc))
                .containsEntry("max-instances", List.of("20"))
                .containsEntry("max-elastic-ips", List.of("5"))
                .containsEntry("vpc-max-elastic-ips", List.of("5"))
                .containsEntry("vpc-max-security-groups-per-interface", List.of("5"));
        assertThat(defaultVpc).matches("vpc-[0-9a-f]{17}");
        assertThat(attributes(request -> request.attributeNamesWithStrings("default-vpc")).keySet())
                .containsExactly("default-vpc");
        assertThat(attributes(request -> { }, bed.other()).get("default-vpc")).doesNotContain(defaultVpc);
        errorCode(() -> attributes(request -> request.attributeNamesWithStrings("max-bananas")),
                "InvalidParameterValue");
    }

    private List<Region> regions(Consumer<DescribeRegionsRequest.Builder> request) {
        DescribeRegionsRequest.Builder builder = DescribeRegionsRequest.builder();
        request.accept(builder);
        return new DescribeRegions(bed.context).handle(builder.build(), bed.tenant()).regions();
    }

    private List<AvailabilityZone> zones(Consumer<DescribeAvailabilityZonesRequest.Builder> request) {
        DescribeAvailabilityZonesRequest.Builder builder = DescribeAvailabilityZonesRequest.builder();
        request.accept(builder);
        return new DescribeAvailabilityZones(bed.context).handle(builder.build(), bed.tenant()).availabilityZones();
    }

    private Map<String, List<String>> attributes(Consumer<DescribeAccountAttributesRequest.Builder> request) {
        return attributes(request, bed.tenant());
    }

    private Map<String, List<String>> attributes(Consumer<DescribeAccountAttributesRequest.Builder> request,
                                                 RequestContext as) {
        DescribeAccountAttributesRequest.Builder builder = DescribeAccountAttributesRequest.builder();
        request.accept(builder);
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (AccountAttribute attribute : new DescribeAccountAttributes(bed.context).handle(builder.build(), as)
                .accountAttributes()) {
            result.put(attribute.attributeName(),
                    attribute.attributeValues().stream().map(AccountAttributeValue::attributeValue).toList());
        }
        return result;
    }

    /** The zone's members by their AWS names, as a client sees them. */
    private static Map<String, Object> fields(AvailabilityZone zone) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (SdkField<?> field : zone.sdkFields()) {
            Object value = field.getValueOrDefault(zone);
            fields.put(field.memberName(), value);
        }
        return fields;
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
