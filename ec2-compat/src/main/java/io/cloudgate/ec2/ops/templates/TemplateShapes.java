package io.cloudgate.ec2.ops.templates;

import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.sdk.SdkSchemas;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;

/** Stored templates and versions in the SDK's response shapes. */
final class TemplateShapes {
    static final Schema REQUEST_DATA = SdkSchemas.of(RequestLaunchTemplateData::builder);
    static final Schema RESPONSE_DATA = SdkSchemas.of(ResponseLaunchTemplateData::builder);

    private TemplateShapes() {
    }

    static LaunchTemplate template(TemplateRecord template, Map<String, String> tags) {
        return LaunchTemplate.builder()
                .launchTemplateId(template.id())
                .launchTemplateName(template.name())
                .createTime(template.createdAt())
                .createdBy(template.createdBy())
                .defaultVersionNumber(template.defaultVersion())
                .latestVersionNumber(template.latestVersion())
                .tags(tags.isEmpty() ? null : TagSpecifications.toSdk(tags))
                .build();
    }

    static LaunchTemplateVersion version(TemplateRecord template, VersionRecord version) {
        return LaunchTemplateVersion.builder()
                .launchTemplateId(template.id())
                .launchTemplateName(template.name())
                .versionNumber(version.number())
                .versionDescription(version.description())
                .createTime(version.createdAt())
                .createdBy(version.createdBy())
                .defaultVersion(version.number() == template.defaultVersion())
                .launchTemplateData((ResponseLaunchTemplateData) TemplateData.fromTree(RESPONSE_DATA, version.data()))
                .build();
    }

    /** The request's launch template data as the tree the store keeps. */
    static Map<String, Object> tree(RequestLaunchTemplateData data) {
        return TemplateData.toTree(REQUEST_DATA, data);
    }

    /** A version's data as request data again (for launching from the template). */
    static RequestLaunchTemplateData requestData(VersionRecord version) {
        return (RequestLaunchTemplateData) TemplateData.fromTree(REQUEST_DATA, version.data());
    }
}
