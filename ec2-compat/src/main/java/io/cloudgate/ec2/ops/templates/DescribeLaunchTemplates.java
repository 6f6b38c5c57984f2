package io.cloudgate.ec2.ops.templates;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.IsoTimes;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.templates.LaunchTemplateStore.TemplateRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplatesResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;

/** Lists templates by id, by name or all, with filters and paging. Unknown ids and names are errors. */
public final class DescribeLaunchTemplates
        implements Operation<DescribeLaunchTemplatesRequest, DescribeLaunchTemplatesResponse> {
    private static final Filters<LaunchTemplate> FILTERS = new Filters<>(Map.<String, Function<LaunchTemplate,
            Collection<String>>>of(
            "create-time", template -> List.of(IsoTimes.of(template.createTime())),
            "launch-template-name", template -> List.of(template.launchTemplateName())),
            template -> TagSpecifications.toMap(template.tags()));

    private final Ec2Context ec2;
    private final LaunchTemplateStore store;

    DescribeLaunchTemplates(Ec2Context ec2, LaunchTemplateStore store) {
        this.ec2 = ec2;
        this.store = store;
    }

    @Override
    public DescribeLaunchTemplatesResponse handle(DescribeLaunchTemplatesRequest request, RequestContext context) {
        String account = context.principal().accountId();
        List<TemplateRecord> selected = new ArrayList<>();
        for (String id : request.launchTemplateIds()) {
            selected.add(TemplateLookup.requireId(store, account, id));
        }
        for (String name : request.launchTemplateNames()) {
            selected.add(store.findByName(account, name).orElseThrow(() -> AwsException.badRequest(
                    "InvalidLaunchTemplateName.NotFoundException",
                    "At least one of the launch templates specified in the request does not exist.")));
        }
        if (request.launchTemplateIds().isEmpty() && request.launchTemplateNames().isEmpty()) {
            selected = store.list(account);
        }
        Map<String, Map<String, String>> tags = ec2.tags().all(account);
        List<LaunchTemplate> matching = selected.stream().distinct()
                .map(template -> TemplateShapes.template(template, tags.getOrDefault(template.id(), Map.of())))
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(LaunchTemplate::launchTemplateId))
                .toList();
        Page<LaunchTemplate> page = Page.of(matching, LaunchTemplate::launchTemplateId, request.maxResults(),
                request.nextToken(), 1, 200);
        return DescribeLaunchTemplatesResponse.builder()
                .launchTemplates(page.items())
                .nextToken(page.nextToken())
                .build();
    }
}
