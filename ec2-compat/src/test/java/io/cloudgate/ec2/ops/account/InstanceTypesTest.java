package io.cloudgate.ec2.ops.account;

import static io.cloudgate.ec2.ops.account.RegionsAndZonesTest.filter;
import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.MachineType;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;

/** DescribeInstanceTypes and DescribeInstanceTypeOfferings over the cloud's machine types. */
class InstanceTypesTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final List<MachineType> catalog = bed.context.compute().machineTypes().list();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aTypeCarriesTheCloudsSizesAndEc2sUsualFacts() {
        InstanceTypeInfo micro = types(request -> request.instanceTypesWithStrings("t3.micro")).instanceTypes().get(0);

        assertThat(micro.instanceTypeAsString()).isEqualTo("t3.micro");
        assertThat(micro.vCpuInfo().defaultVCpus()).isEqualTo(2);
        assertThat(micro.vCpuInfo().defaultCores() * micro.vCpuInfo().defaultThreadsPerCore()).isEqualTo(2);
        assertThat(micro.memoryInfo().sizeInMiB()).isEqualTo(1024L);
        assertThat(micro.processorInfo().supportedArchitecturesAsStrings()).containsExactly("x86_64");
        assertThat(micro.burstablePerformanceSupported()).isTrue();
        assertThat(micro.freeTierEligible()).isTrue();
        assertThat(micro.currentGeneration()).isTrue();
        assertThat(micro.supportedRootDeviceTypesAsStrings()).containsExactly("ebs");
        assertThat(micro.supportedVirtualizationTypesAsStrings()).containsExactly("hvm");
        assertThat(micro.supportedUsageClassesAsStrings()).contains("on-demand");
        assertThat(micro.hypervisorAsString()).isEqualTo("nitro");
        assertThat(micro.instanceStorageSupported()).isFalse();
        assertThat(micro.networkInfo().maximumNetworkInterfaces()).isPositive();
        assertThat(micro.ebsInfo().ebsOptimizedSupportAsString()).isEqualTo("default");
        InstanceTypeInfo large = types(request -> request.instanceTypesWithStrings("m5.large")).instanceTypes().get(0);
        assertThat(large.freeTierEligible()).isFalse();
        assertThat(large.burstablePerformanceSupported()).isFalse();
        assertThat(types(request -> request.instanceTypesWithStrings("t2.micro")).instanceTypes().get(0)
                .hypervisorAsString()).isEqualTo("xen");
    }

    @Test
    void unknownTypesAreNamedInOneError() {
        String message = errorCode(() -> types(request -> request.instanceTypesWithStrings("t3.micro", "t9.huge",
                "z1.tiny")), "InvalidInstanceType");

        assertThat(message).isEqualTo("The following supplied instance types do not exist: [t9.huge, z1.tiny]");
    }

    @Test
    void filtersSelectByArchitectureSizeAndFlags() {
        List<String> arm = names(types(request -> request.filters(
                filter("processor-info.supported-architecture", "arm64"))).instanceTypes());
        assertThat(arm).isNotEmpty().allMatch(name -> name.startsWith("t4g.") || name.startsWith("m6g.")
                || name.startsWith("c6g."));
        assertThat(arm).hasSize((int) catalog.stream().filter(type -> type.architectures().contains("arm64")).count());
        assertThat(names(types(request -> request.filters(filter("free-tier-eligible", "true"))).instanceTypes()))
                .containsExactlyInAnyOrder("t2.micro", "t3.micro");
        assertThat(names(types(request -> request.filters(filter("instance-type", "m5.*"),
                filter("vcpu-info.default-vcpus", "2", "4"))).instanceTypes()))
                .containsExactly("m5.large", "m5.xlarge");
        errorCode(() -> types(request -> request.filters(filter("colour", "blue"))), "InvalidParameterValue");
    }

    @Test
    void pagesCoverTheCatalogOnce() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            DescribeInstanceTypesResponse page = types(request -> request.maxResults(7).nextToken(next));
            assertThat(page.instanceTypes().size()).isLessThanOrEqualTo(7);
            seen.addAll(names(page.instanceTypes()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).doesNotHaveDuplicates().hasSize(catalog.size()).isSorted();
        errorCode(() -> types(request -> request.maxResults(101)), "InvalidParameterValue");
    }

    @Test
    void everyTypeIsOfferedInTheRegionAndEveryZone() {
        List<InstanceTypeOffering> region = offerings(request -> { }).instanceTypeOfferings();
        assertThat(region).hasSize(catalog.size()).allMatch(offering -> offering.location().equals("us-east-1")
                && offering.locationTypeAsString().equals("region"));
        assertThat(offerings(request -> request.locationType("availability-zone")).instanceTypeOfferings())
                .hasSize(catalog.size() * 3);
        assertThat(offerings(request -> request.locationType("availability-zone-id")
                .filters(filter("location", "use1-az2"), filter("instance-type", "t3.micro"))).instanceTypeOfferings())
                .singleElement().satisfies(offering -> assertThat(offering.instanceTypeAsString()).isEqualTo("t3.micro"));
        DescribeInstanceTypeOfferingsResponse firstPage = offerings(request -> request
                .locationType("availability-zone").maxResults(5));
        assertThat(firstPage.instanceTypeOfferings()).hasSize(5);
        assertThat(offerings(request -> request.locationType("availability-zone").maxResults(1000)
                .nextToken(firstPage.nextToken())).instanceTypeOfferings()).hasSize(catalog.size() * 3 - 5);
    }

    private DescribeInstanceTypesResponse types(Consumer<DescribeInstanceTypesRequest.Builder> request) {
        DescribeInstanceTypesRequest.Builder builder = DescribeInstanceTypesRequest.builder();
        request.accept(builder);
        return new DescribeInstanceTypes(bed.context).handle(builder.build(), bed.tenant());
    }

    private DescribeInstanceTypeOfferingsResponse offerings(
            Consumer<DescribeInstanceTypeOfferingsRequest.Builder> request) {
        DescribeInstanceTypeOfferingsRequest.Builder builder = DescribeInstanceTypeOfferingsRequest.builder();
        request.accept(builder);
        return new DescribeInstanceTypeOfferings(bed.context).handle(builder.build(), bed.tenant());
    }

    private static List<String> names(List<InstanceTypeInfo> types) {
        return types.stream().map(InstanceTypeInfo::instanceTypeAsString).toList();
    }
}
