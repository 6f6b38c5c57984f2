package io.cloudgate.ec2.ops.account;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineType;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/** The cloud's machine types as EC2 instance types, by name or filter, in pages of up to 100. */
public final class DescribeInstanceTypes
        implements Operation<DescribeInstanceTypesRequest, DescribeInstanceTypesResponse> {
    private final Ec2Context context;

    DescribeInstanceTypes(Ec2Context context) {
        this.context = context;
    }

    @Override
    public DescribeInstanceTypesResponse handle(DescribeInstanceTypesRequest request, RequestContext requestContext) {
        List<MachineType> types = context.compute().machineTypes().list();
        List<String> wanted = request.instanceTypesAsStrings();
        Set<String> known = types.stream().map(MachineType::name).collect(Collectors.toSet());
        List<String> missing = wanted.stream().filter(name -> !known.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw AwsException.badRequest("InvalidInstanceType",
                    "The following supplied instance types do not exist: [" + String.join(", ", missing) + "]");
        }
        List<InstanceTypeInfo> matching = types.stream()
                .filter(type -> wanted.isEmpty() || wanted.contains(type.name()))
                .sorted(Comparator.comparing(MachineType::name))
                .map(InstanceTypeView::of)
                .filter(InstanceTypeFilters.FILTERS.matcher(request.filters()))
                .toList();
        Page<InstanceTypeInfo> page = Page.of(matching, InstanceTypeInfo::instanceTypeAsString, request.maxResults(),
                request.nextToken(), 5, 100);
        return DescribeInstanceTypesResponse.builder().instanceTypes(page.items()).nextToken(page.nextToken()).build();
    }
}
