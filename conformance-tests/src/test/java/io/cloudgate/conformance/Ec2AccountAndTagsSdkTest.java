package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.AccountAttributeValue;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;
import software.amazon.awssdk.services.ec2.model.LocationType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/** Regions, zones, account attributes, instance types and tags through the AWS SDK for Java v2. */
class Ec2AccountAndTagsSdkTest extends TwoTenants {

    @Test
    void regionZonesAndAccountAttributes() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            assertThat(ec2.describeRegions().regions()).singleElement()
                    .satisfies(region -> assertThat(region.regionName()).isEqualTo("us-east-1"));
            List<AvailabilityZone> zones = ec2.describeAvailabilityZones().availabilityZones();
            assertThat(zones).extracting(AvailabilityZone::zoneName)
                    .containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
            assertThat(zones).allSatisfy(zone -> {
                assertThat(zone.zoneId()).matches("use1-az\\d");
                assertThat(zone.groupName()).isEqualTo("us-east-1-zg-1");
                assertThat(zone.optInStatusAsString()).isEqualTo("opt-in-not-required");
                assertThat(zone.zoneType()).isEqualTo("availability-zone");
            });
            assertThat(ec2.describeAvailabilityZones(r -> r.zoneIds(zones.get(1).zoneId())).availabilityZones())
                    .extracting(AvailabilityZone::zoneName).containsExactly("us-east-1b");
            assertError(() -> ec2.describeAvailabilityZones(r -> r.zoneNames("us-east-1q")), "InvalidParameterValue",
                    "Invalid availability zone: [us-east-1q]");

            Map<String, List<String>> attributes = ec2.describeAccountAttributes().accountAttributes().stream()
                    .collect(Collectors.toMap(AccountAttribute::attributeName, attribute -> attribute.attributeValues()
                            .stream().map(AccountAttributeValue::attributeValue).toList()));
            String defaultVpc = ec2.describeVpcs(r -> r.filters(filter("isDefault", "true"))).vpcs().getFirst().vpcId();
            assertThat(attributes).containsEntry("default-vpc", List.of(defaultVpc))
                    .containsEntry("supported-platforms", List.of("VPC"))
                    .containsKey("max-instances");
        }
    }

    @Test
    void instanceTypesPageThroughTheCatalog() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            List<InstanceTypeInfo> all = ec2.describeInstanceTypesPaginator(r -> r.maxResults(5)).instanceTypes()
                    .stream().toList();
            assertThat(all).extracting(InstanceTypeInfo::instanceTypeAsString).doesNotHaveDuplicates()
                    .contains("t3.micro", "m5.large", "t4g.small");
            InstanceTypeInfo micro = ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings("t3.micro"))
                    .instanceTypes().getFirst();
            assertThat(micro.vCpuInfo().defaultVCpus()).isEqualTo(2);
            assertThat(micro.memoryInfo().sizeInMiB()).isEqualTo(1024L);
            assertThat(micro.freeTierEligible()).isTrue();
            assertError(() -> ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings("t3.gigantic")),
                    "InvalidInstanceType", "The following supplied instance types do not exist: [t3.gigantic]");
            assertThat(ec2.describeInstanceTypeOfferings(r -> r.locationType(LocationType.AVAILABILITY_ZONE)
                    .filters(filter("instance-type", "t3.micro"))).instanceTypeOfferings())
                    .extracting(InstanceTypeOffering::location)
                    .containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        }
    }

    @Test
    void tagsOnSeveralKindsAreDescribedFilteredAndDeleted() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant); Ec2Client other = SdkClients.ec2(gateway, stranger)) {
            String vpcId = ec2.describeVpcs(r -> r.filters(filter("isDefault", "true"))).vpcs().getFirst().vpcId();
            String groupId = ec2.createSecurityGroup(r -> r.groupName("tagged").description("tagged").vpcId(vpcId))
                    .groupId();
            String keyPairId = ec2.createKeyPair(r -> r.keyName("tagged")).keyPairId();
            String imageId = ec2.describeImages(r -> r.owners("amazon")).images().getFirst().imageId();

            ec2.createTags(r -> r.resources(vpcId, groupId, keyPairId, imageId)
                    .tags(tag("Project", "apollo"), tag("Stage", "dev")));
            ec2.createTags(r -> r.resources(groupId).tags(tag("Stage", "prod")));

            List<TagDescription> project = ec2.describeTags(r -> r.filters(filter("key", "Project"))).tags();
            assertThat(project).extracting(TagDescription::resourceId)
                    .containsExactlyInAnyOrder(vpcId, groupId, keyPairId, imageId);
            assertThat(project).extracting(TagDescription::resourceTypeAsString)
                    .containsExactlyInAnyOrder("vpc", "security-group", "key-pair", "image");
            assertThat(ec2.describeTags(r -> r.filters(filter("resource-type", "security-group"),
                    filter("key", "Stage"))).tags()).singleElement()
                    .satisfies(row -> assertThat(row.value()).isEqualTo("prod"));
            assertThat(ec2.describeTagsPaginator(r -> r.maxResults(5)).tags().stream().count()).isEqualTo(8);
            assertThat(other.describeTags().tags()).isEmpty();

            assertError(() -> other.createTags(r -> r.resources(groupId).tags(tag("Owner", "me"))),
                    "InvalidGroup.NotFound", null);
            assertError(() -> ec2.createTags(r -> r.resources("not-an-id").tags(tag("a", "b"))), "InvalidID",
                    "The ID 'not-an-id' is not valid");
            assertError(() -> ec2.createTags(r -> r.resources(vpcId).tags(tag("aws:owner", "b"))),
                    "InvalidParameterValue", null);

            ec2.deleteTags(r -> r.resources(vpcId, groupId).tags(Tag.builder().key("Stage").build()));
            ec2.deleteTags(r -> r.resources(keyPairId, imageId));
            assertThat(ec2.describeTags().tags()).extracting(row -> row.resourceId() + ":" + row.key())
                    .containsExactlyInAnyOrder(vpcId + ":Project", groupId + ":Project");
        }
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static void assertError(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            }
        });
    }
}
