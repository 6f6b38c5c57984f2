package io.cloudgate.ec2.ops.network.routes;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.network.RequestedIds;
import io.cloudgate.ec2.ops.network.SdkTags;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;

/** DescribeInternetGateways: the default VPC's gateway and those created, with their attachments. */
public final class DescribeInternetGateways
        implements Operation<DescribeInternetGatewaysRequest, DescribeInternetGatewaysResponse> {
    private static final Filters<InternetGateway> FILTERS = new Filters<>(Map.of(
            "internet-gateway-id", one(InternetGateway::internetGatewayId),
            "owner-id", one(InternetGateway::ownerId),
            "attachment.vpc-id", each(InternetGateway::attachments, InternetGatewayAttachment::vpcId),
            "attachment.state", each(InternetGateway::attachments, InternetGatewayAttachment::stateAsString)),
            gateway -> SdkTags.asMap(gateway.tags()));

    private final Ec2Context context;
    private final RoutingStore routing;

    public DescribeInternetGateways(Ec2Context context) {
        this.context = context;
        this.routing = new RoutingStore(context);
    }

    @Override
    public DescribeInternetGatewaysResponse handle(DescribeInternetGatewaysRequest request,
                                                   RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        Map<String, Map<String, String>> tags = context.tags().all(account);
        List<InternetGateway> gateways = routing.read(account).gateways().stream()
                .map(gateway -> RouteShapes.gateway(account, gateway, tags.getOrDefault(gateway.id(), Map.of())))
                .sorted(Comparator.comparing(InternetGateway::internetGatewayId))
                .toList();
        var wanted = RequestedIds.check(ResourceKind.INTERNET_GATEWAY, request.internetGatewayIds(),
                gateways.stream().map(InternetGateway::internetGatewayId).toList());
        List<InternetGateway> matching = gateways.stream()
                .filter(gateway -> wanted.test(gateway.internetGatewayId()))
                .filter(matcher)
                .toList();
        Page<InternetGateway> page = Page.of(matching, InternetGateway::internetGatewayId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeInternetGatewaysResponse.builder().internetGateways(page.items())
                .nextToken(page.nextToken()).build();
    }
}
