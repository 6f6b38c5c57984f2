package io.cloudgate.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** Elastic IPs and launch templates through the AWS SDK for Java v2, with the common mistakes. */
class Ec2AddressesTemplatesSdkTest extends TwoTenants {


    @Test
    void allocateAssociateDisassociateAndRelease() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var allocated = ec2.allocateAddress(r -> r.domain(DomainType.VPC).tagSpecifications(t -> t
                    .resourceType(ResourceType.ELASTIC_IP).tags(x -> x.key("Name").value("front"))));
            String allocationId = allocated.allocationId();
            assertThat(allocationId).matches("eipalloc-[0-9a-f]{17}");
            assertThat(allocated.domain()).isEqualTo(DomainType.VPC);
            assertThat(allocated.publicIpv4Pool()).isEqualTo("amazon");

            Instance instance = runningInstance(ec2);
            String associationId = ec2.associateAddress(r -> r.allocationId(allocationId)
                    .instanceId(instance.instanceId())).associationId();
            assertThat(associationId).matches("eipassoc-[0-9a-f]{17}");
            Address address = ec2.describeAddresses(r -> r.filters(filter("instance-id", instance.instanceId())))
                    .addresses().getFirst();
            assertThat(address.allocationId()).isEqualTo(allocationId);
            assertThat(address.associationId()).isEqualTo(associationId);
            assertThat(address.privateIpAddress()).isEqualTo(instance.privateIpAddress());
            assertThat(address.networkInterfaceId())
                    .isEqualTo(instance.networkInterfaces().getFirst().networkInterfaceId());
            assertThat(address.networkInterfaceOwnerId()).isEqualTo(tenant.accountId());
            assertThat(address.tags()).singleElement().satisfies(tag -> assertThat(tag.value()).isEqualTo("front"));

            errorCode(() -> ec2.releaseAddress(r -> r.allocationId(allocationId)), "InvalidIPAddress.InUse");
            Instance second = runningInstance(ec2);
            errorCode(() -> ec2.associateAddress(r -> r.allocationId(allocationId).instanceId(second.instanceId())),
                    "Resource.AlreadyAssociated");
            try (Ec2Client theirs = SdkClients.ec2(gateway, stranger)) {
                errorCode(() -> theirs.describeAddresses(r -> r.allocationIds(allocationId)),
                        "InvalidAllocationID.NotFound");
                errorCode(() -> theirs.disassociateAddress(r -> r.associationId(associationId)),
                        "InvalidAssociationID.NotFound");
                errorCode(() -> theirs.releaseAddress(r -> r.allocationId(allocationId)),
                        "InvalidAllocationID.NotFound");
            }

            ec2.disassociateAddress(r -> r.associationId(associationId));
            assertThat(ec2.describeAddresses(r -> r.allocationIds(allocationId)).addresses().getFirst()
                    .associationId()).isNull();
            ec2.releaseAddress(r -> r.allocationId(allocationId));
            errorCode(() -> ec2.describeAddresses(r -> r.allocationIds(allocationId)), "InvalidAllocationID.NotFound");
        }
    }

    @Test
    void templateVersionsDefaultLatestLaunchAndDelete() {
        try (Ec2Client ec2 = SdkClients.ec2(gateway, tenant)) {
            var template = ec2.createLaunchTemplate(r -> r.launchTemplateName("sdk-web")
                    .launchTemplateData(d -> d.imageId(amazonImage(ec2)).instanceType(InstanceType.T3_MICRO)
                            .metadataOptions(m -> m.httpTokens("required"))
                            .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                                    .tags(x -> x.key("Role").value("web")))))
                    .launchTemplate();
            String id = template.launchTemplateId();
            assertThat(id).matches("lt-[0-9a-f]{17}");
            assertThat(template.defaultVersionNumber()).isEqualTo(1L);
            assertThat(template.createdBy()).isEqualTo("arn:aws:iam::" + tenant.accountId() + ":root");
            errorCode(() -> ec2.createLaunchTemplate(r -> r.launchTemplateName("sdk-web")
                    .launchTemplateData(d -> d.instanceType(InstanceType.T3_MICRO))),
                    "InvalidLaunchTemplateName.AlreadyExistsException");

            var second = ec2.createLaunchTemplateVersion(r -> r.launchTemplateId(id).sourceVersion("1")
                    .versionDescription("small").launchTemplateData(d -> d.instanceType(InstanceType.T3_SMALL)))
                    .launchTemplateVersion();
            assertThat(second.versionNumber()).isEqualTo(2L);
            assertThat(second.launchTemplateData().metadataOptions().httpTokensAsString()).isEqualTo("required");
            LaunchTemplateVersion latest = ec2.describeLaunchTemplateVersions(r -> r.launchTemplateName("sdk-web")
                    .versions("$Latest")).launchTemplateVersions().getFirst();
            assertThat(latest.launchTemplateData().instanceType()).isEqualTo(InstanceType.T3_SMALL);
            assertThat(latest.defaultVersion()).isFalse();
            ec2.modifyLaunchTemplate(r -> r.launchTemplateId(id).defaultVersion("2"));
            assertThat(ec2.describeLaunchTemplates(r -> r.launchTemplateIds(id)).launchTemplates().getFirst()
                    .defaultVersionNumber()).isEqualTo(2L);

            Instance launched = ec2.runInstances(r -> r.minCount(1).maxCount(1)
                    .launchTemplate(t -> t.launchTemplateName("sdk-web"))).instances().getFirst();
            assertThat(launched.instanceType()).isEqualTo(InstanceType.T3_SMALL);

            var deleted = ec2.deleteLaunchTemplateVersions(r -> r.launchTemplateId(id).versions("1", "2"));
            assertThat(deleted.successfullyDeletedLaunchTemplateVersions()).hasSize(1);
            assertThat(deleted.unsuccessfullyDeletedLaunchTemplateVersions()).singleElement()
                    .satisfies(item -> assertThat(item.versionNumber()).isEqualTo(2L));
            try (Ec2Client theirs = SdkClients.ec2(gateway, stranger)) {
                errorCode(() -> theirs.describeLaunchTemplates(r -> r.launchTemplateIds(id)),
                        "InvalidLaunchTemplateId.NotFound");
                errorCode(() -> theirs.describeLaunchTemplates(r -> r.launchTemplateNames("sdk-web")),
                        "InvalidLaunchTemplateName.NotFoundException");
            }
            ec2.deleteLaunchTemplate(r -> r.launchTemplateId(id));
            errorCode(() -> ec2.describeLaunchTemplates(r -> r.launchTemplateIds(id)),
                    "InvalidLaunchTemplateId.NotFound");
            ec2.terminateInstances(r -> r.instanceIds(launched.instanceId()));
        }
    }

    private static String amazonImage(Ec2Client ec2) {
        return ec2.describeImages(r -> r.owners("amazon").filters(filter("architecture", "x86_64")))
                .images().getFirst().imageId();
    }

    private static Instance runningInstance(Ec2Client ec2) {
        String instanceId = ec2.runInstances(r -> r.imageId(amazonImage(ec2)).instanceType(InstanceType.T3_MICRO)
                .minCount(1).maxCount(1)).instances().getFirst().instanceId();
        return ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instanceId), QUICK).matched().response()
                .orElseThrow().reservations().getFirst().instances().getFirst();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    /** Asserts an AWS error of that code with a 4xx status; returns its message. */
    private static String errorCode(ThrowingCallable call, String code) {
        String[] message = new String[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isBetween(400, 499);
            message[0] = e.awsErrorDetails().errorMessage();
        });
        return message[0];
    }
}
