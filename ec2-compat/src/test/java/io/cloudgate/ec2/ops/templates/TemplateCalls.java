package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateVersionRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ModifyLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;

/** The launch template operations over one testbed. */
final class TemplateCalls {
    final Ec2Testbed bed;
    final LaunchTemplateStore store;

    TemplateCalls(Ec2Testbed bed) {
        this.bed = bed;
        this.store = new LaunchTemplateStore(bed.context.store());
    }

    LaunchTemplate create(RequestContext as, String name, RequestLaunchTemplateData data) {
        return create(as, request -> request.launchTemplateName(name).launchTemplateData(data));
    }

    LaunchTemplate create(RequestContext as, Consumer<CreateLaunchTemplateRequest.Builder> request) {
        CreateLaunchTemplateRequest.Builder builder = CreateLaunchTemplateRequest.builder();
        request.accept(builder);
        return new CreateLaunchTemplate(bed.context, store).handle(builder.build(), as).launchTemplate();
    }

    LaunchTemplateVersion createVersion(RequestContext as, Consumer<CreateLaunchTemplateVersionRequest.Builder> how) {
        CreateLaunchTemplateVersionRequest.Builder builder = CreateLaunchTemplateVersionRequest.builder();
        how.accept(builder);
        return new CreateLaunchTemplateVersion(bed.context, store).handle(builder.build(), as).launchTemplateVersion();
    }

    DescribeLaunchTemplatesResponse describe(RequestContext as, Consumer<DescribeLaunchTemplatesRequest.Builder> how) {
        DescribeLaunchTemplatesRequest.Builder builder = DescribeLaunchTemplatesRequest.builder();
        how.accept(builder);
        return new DescribeLaunchTemplates(bed.context, store).handle(builder.build(), as);
    }

    DescribeLaunchTemplateVersionsResponse versions(RequestContext as,
                                                    Consumer<DescribeLaunchTemplateVersionsRequest.Builder> how) {
        DescribeLaunchTemplateVersionsRequest.Builder builder = DescribeLaunchTemplateVersionsRequest.builder();
        how.accept(builder);
        return new DescribeLaunchTemplateVersions(store).handle(builder.build(), as);
    }

    LaunchTemplate modify(RequestContext as, Consumer<ModifyLaunchTemplateRequest.Builder> how) {
        ModifyLaunchTemplateRequest.Builder builder = ModifyLaunchTemplateRequest.builder();
        how.accept(builder);
        return new ModifyLaunchTemplate(bed.context, store).handle(builder.build(), as).launchTemplate();
    }

    LaunchTemplate delete(RequestContext as, Consumer<DeleteLaunchTemplateRequest.Builder> how) {
        DeleteLaunchTemplateRequest.Builder builder = DeleteLaunchTemplateRequest.builder();
        how.accept(builder);
        return new DeleteLaunchTemplate(bed.context, store).handle(builder.build(), as).launchTemplate();
    }

    DeleteLaunchTemplateVersionsResponse deleteVersions(RequestContext as,
                                                        Consumer<DeleteLaunchTemplateVersionsRequest.Builder> how) {
        DeleteLaunchTemplateVersionsRequest.Builder builder = DeleteLaunchTemplateVersionsRequest.builder();
        how.accept(builder);
        return new DeleteLaunchTemplateVersions(store).handle(builder.build(), as);
    }
}
