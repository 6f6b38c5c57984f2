package io.cloudgate.ec2.ops.network.routes;

import static io.cloudgate.ec2.ops.network.FilterValues.each;
import static io.cloudgate.ec2.ops.network.FilterValues.one;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import io.cloudgate.ec2.ops.network.RequestedIds;
import io.cloudgate.ec2.ops.network.SdkTags;
import io.cloudgate.ec2.ops.network.VpcFixtures;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DhcpConfiguration;
import software.amazon.awssdk.services.ec2.model.DhcpOptions;

/** DescribeDhcpOptions: the account's one set, the region's domain name and AmazonProvidedDNS. */
public final class DescribeDhcpOptions implements Operation<DescribeDhcpOptionsRequest, DescribeDhcpOptionsResponse> {
    private static final Filters<DhcpOptions> FILTERS = new Filters<>(Map.of(
            "dhcp-options-id", one(DhcpOptions::dhcpOptionsId),
            "owner-id", one(DhcpOptions::ownerId),
            "key", each(DhcpOptions::dhcpConfigurations, DhcpConfiguration::key),
            "value", options -> options.dhcpConfigurations().stream()
                    .flatMap(configuration -> configuration.values().stream().map(AttributeValue::value))
                    .toList()),
            options -> SdkTags.asMap(options.tags()));

    private final Ec2Context context;
    private final VpcFixtures fixtures;

    public DescribeDhcpOptions(Ec2Context context) {
        this.context = context;
        this.fixtures = new VpcFixtures(context.ids());
    }

    @Override
    public DescribeDhcpOptionsResponse handle(DescribeDhcpOptionsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = FILTERS.matcher(request.filters());
        String optionsId = fixtures.dhcpOptionsId(account);
        DhcpOptions options = DhcpOptions.builder()
                .dhcpOptionsId(optionsId)
                .ownerId(account)
                .dhcpConfigurations(configuration("domain-name", VpcFixtures.domainName(context.region())),
                        configuration("domain-name-servers", "AmazonProvidedDNS"))
                .tags(TagSpecifications.toSdk(context.tags().of(account, optionsId)))
                .build();
        var wanted = RequestedIds.check(ResourceKind.DHCP_OPTIONS, request.dhcpOptionsIds(), List.of(optionsId));
        List<DhcpOptions> matching = wanted.test(optionsId) && matcher.test(options) ? List.of(options) : List.of();
        return DescribeDhcpOptionsResponse.builder().dhcpOptions(matching).build();
    }

    private static DhcpConfiguration configuration(String key, String value) {
        return DhcpConfiguration.builder().key(key).values(AttributeValue.builder().value(value).build()).build();
    }
}
