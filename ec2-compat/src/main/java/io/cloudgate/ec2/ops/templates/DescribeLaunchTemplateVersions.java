package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.VersionRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;

/**
 * Versions of one template (by id or name), or the $Latest/$Default versions of every template when none
 * is named. Versions may be numbers, $Latest or $Default; MinVersion/MaxVersion bound a listing.
 */
public final class DescribeLaunchTemplateVersions
        implements Operation<DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse> {
    private static final Filters<LaunchTemplateVersion> FILTERS = new Filters<>(Map.<String,
            Function<LaunchTemplateVersion, Collection<String>>>of(
            "create-time", version -> List.of(IsoTimes.of(version.createTime())),
            "is-default-version", version -> List.of(String.valueOf(version.defaultVersion())),
            "image-id", version -> single(version, ResponseLaunchTemplateData::imageId),
            "instance-type", version -> single(version, ResponseLaunchTemplateData::instanceTypeAsString),
            "ebs-optimized", version -> single(version, data -> data.ebsOptimized() == null ? null
                    : data.ebsOptimized().toString()),
            "kernel-id", version -> single(version, ResponseLaunchTemplateData::kernelId),
            "ram-disk-id", version -> single(version, ResponseLaunchTemplateData::ramDiskId),
            "iam-instance-profile", version -> single(version, data -> data.iamInstanceProfile() == null ? null
                    : Objects.requireNonNullElse(data.iamInstanceProfile().arn(), data.iamInstanceProfile().name())),
            "http-tokens", version -> single(version, data -> data.metadataOptions() == null ? null
                    : data.metadataOptions().httpTokensAsString()),
            "http-endpoint", version -> single(version, data -> data.metadataOptions() == null ? null
                    : data.metadataOptions().httpEndpointAsString())),
            version -> Map.of());

    private final LaunchTemplateStore store;

    DescribeLaunchTemplateVersions(LaunchTemplateStore store) {
        this.store = store;
    }

    @Override
    public DescribeLaunchTemplateVersionsResponse handle(DescribeLaunchTemplateVersionsRequest request,
                                                         RequestContext context) {
        String account = context.principal().accountId();
        Map<String, LaunchTemplateVersion> found = new LinkedHashMap<>();
        if (request.launchTemplateId() == null && request.launchTemplateName() == null) {
            for (String version : request.versions()) {
                if (!TemplateLookup.LATEST.equals(version) && !TemplateLookup.DEFAULT.equals(version)) {
                    throw AwsException.badRequest("InvalidParameterCombination", "Version numbers require a "
                            + "LaunchTemplateId or LaunchTemplateName; without one, specify only $Latest or $Default.");
                }
            }
            for (TemplateRecord template : store.list(account)) {
                collect(account, template, request, found);
            }
        } else {
            collect(account, TemplateLookup.require(store, account, request.launchTemplateId(),
                    request.launchTemplateName()), request, found);
        }
        List<LaunchTemplateVersion> matching = found.values().stream()
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(DescribeLaunchTemplateVersions::key))
                .toList();
        Page<LaunchTemplateVersion> page = Page.of(matching, DescribeLaunchTemplateVersions::key,
                request.maxResults(), request.nextToken(), 1, 200);
        return DescribeLaunchTemplateVersionsResponse.builder()
                .launchTemplateVersions(page.items())
                .nextToken(page.nextToken())
                .build();
    }

    private void collect(String account, TemplateRecord template, DescribeLaunchTemplateVersionsRequest request,
                         Map<String, LaunchTemplateVersion> found) {
        List<VersionRecord> versions = new ArrayList<>();
        if (!request.versions().isEmpty()) {
            for (String version : request.versions()) {
                versions.add(TemplateLookup.requireVersion(store, account, template, version));
            }
        } else {
            long min = request.minVersion() == null ? Long.MIN_VALUE
                    : TemplateLookup.number(template, request.minVersion());
            long max = request.maxVersion() == null ? Long.MAX_VALUE
                    : TemplateLookup.number(template, request.maxVersion());
            store.versions(account, template.id()).stream()
                    .filter(version -> version.number() >= min && version.number() <= max)
                    .forEach(versions::add);
        }
        for (VersionRecord version : versions) {
            LaunchTemplateVersion shape = TemplateShapes.version(template, version);
            found.putIfAbsent(key(shape), shape);
        }
    }

    private static String key(LaunchTemplateVersion version) {
        return version.launchTemplateId() + "/" + String.format("%010d", version.versionNumber());
    }

    private static Collection<String> single(LaunchTemplateVersion version,
                                             Function<ResponseLaunchTemplateData, String> value) {
        String result = version.launchTemplateData() == null ? null : value.apply(version.launchTemplateData());
        return result == null ? List.of() : List.of(result);
    }
}
