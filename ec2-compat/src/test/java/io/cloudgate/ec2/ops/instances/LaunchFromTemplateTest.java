package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.ops.instances.RunInstancesTest.tag;
import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.templates.LaunchTemplateOperations;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

class LaunchFromTemplateTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void fillsWhatTheRequestLeavesOutAndTagsTheInstanceWithTheTemplate() {
        var network = bed.context.compute().networks().defaultNetwork(Ec2Testbed.ACCOUNT);
        var web = bed.context.compute().securityGroups().create(Ec2Testbed.ACCOUNT, network.id(), "web", "web");
        String webId = bed.context.ids().toAws(ResourceKind.SECURITY_GROUP, web.id());
        String templateId = createTemplate("web-servers", CreateLaunchTemplateRequest.builder()
                .launchTemplateName("web-servers")
                .launchTemplateData(d -> d.imageId(calls.imageId("x86_64")).instanceType("t3.small")
                        .securityGroupIds(webId)
                        .metadataOptions(m -> m.httpTokens("required"))
                        .tagSpecifications(t -> t.resourceType("instance").tags(tag("Team", "web"))))
                .build());

        Instance fromTemplate = run(RunInstancesRequest.builder().minCount(1).maxCount(1)
                .launchTemplate(t -> t.launchTemplateName("web-servers")));
        assertThat(fromTemplate.instanceTypeAsString()).isEqualTo("t3.small");
        assertThat(fromTemplate.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(fromTemplate.securityGroups()).singleElement()
                .satisfies(group -> assertThat(group.groupId()).isEqualTo(webId));
        assertThat(fromTemplate.tags()).contains(tag("Team", "web"), tag("aws:ec2launchtemplate:id", templateId),
                tag("aws:ec2launchtemplate:version", "1"));
        assertThat(calls.instances(bed.tenant(), r -> r.filters(f -> f.name("tag:aws:ec2launchtemplate:id")
                .values(templateId)))).extracting(Instance::instanceId).containsExactly(fromTemplate.instanceId());

        Instance overridden = run(RunInstancesRequest.builder().minCount(1).maxCount(1).instanceType("t3.micro")
                .launchTemplate(t -> t.launchTemplateId(templateId).version("$Latest")));
        assertThat(overridden.instanceTypeAsString()).isEqualTo("t3.micro");

        errorCode(() -> run(RunInstancesRequest.builder().minCount(1).maxCount(1)
                .launchTemplate(t -> t.launchTemplateId("lt-00000000000000000"))), "InvalidLaunchTemplateId.NotFound");
        errorCode(() -> calls.call("RunInstances", RunInstancesRequest.builder().minCount(1).maxCount(1)
                .launchTemplate(t -> t.launchTemplateId(templateId)).build(), bed.other()),
                "InvalidLaunchTemplateId.NotFound");
    }

    private String createTemplate(String name, CreateLaunchTemplateRequest request) {
        BoundOperation create = LaunchTemplateOperations.all(bed.context).stream()
                .filter(operation -> operation.name().equals("CreateLaunchTemplate")).findFirst().orElseThrow();
        CreateLaunchTemplateResponse response = (CreateLaunchTemplateResponse) create.handler().handle(request,
                bed.tenant());
        assertThat(response.launchTemplate().launchTemplateName()).isEqualTo(name);
        return response.launchTemplate().launchTemplateId();
    }

    private Instance run(RunInstancesRequest.Builder request) {
        List<Instance> instances = calls.<software.amazon.awssdk.services.ec2.model.RunInstancesResponse>call(
                "RunInstances", request.build(), bed.tenant()).instances();
        return calls.instance(bed.tenant(), instances.getFirst().instanceId());
    }
}
