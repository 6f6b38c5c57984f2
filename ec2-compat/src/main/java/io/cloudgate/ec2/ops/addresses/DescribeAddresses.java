package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesResponse;

/** The account's addresses: all, or those named by allocation id and public IP (each must exist). */
public final class DescribeAddresses implements Operation<DescribeAddressesRequest, DescribeAddressesResponse> {
    private static final Filters<Address> FILTERS = new Filters<>(Map.ofEntries(
            Map.entry("allocation-id", field(Address::allocationId)),
            Map.entry("association-id", field(Address::associationId)),
            Map.entry("domain", field(Address::domainAsString)),
            Map.entry("instance-id", field(Address::instanceId)),
            Map.entry("network-border-group", field(Address::networkBorderGroup)),
            Map.entry("network-interface-id", field(Address::networkInterfaceId)),
            Map.entry("network-interface-owner-id", field(Address::networkInterfaceOwnerId)),
            Map.entry("private-ip-address", field(Address::privateIpAddress)),
            Map.entry("public-ip", field(Address::publicIp)),
            Map.entry("public-ipv4-pool", field(Address::publicIpv4Pool))),
            address -> TagSpecifications.toMap(address.tags()));

    private final Ec2Context ec2;
    private final AddressLookup lookup;
    private final AddressShapes shapes;

    DescribeAddresses(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
        this.shapes = new AddressShapes(ec2, lookup);
    }

    @Override
    public DescribeAddressesResponse handle(DescribeAddressesRequest request, RequestContext context) {
        String account = context.principal().accountId();
        Map<String, io.cloudgate.compute.Address> selected = new LinkedHashMap<>();
        for (String allocationId : request.allocationIds()) {
            io.cloudgate.compute.Address address = lookup.byAllocationId(account, allocationId);
            selected.put(address.id(), address);
        }
        for (String publicIp : request.publicIps()) {
            io.cloudgate.compute.Address address = lookup.byPublicIp(account, publicIp);
            selected.put(address.id(), address);
        }
        Collection<io.cloudgate.compute.Address> addresses = request.allocationIds().isEmpty()
                && request.publicIps().isEmpty() ? ec2.compute().addresses().list(account) : selected.values();
        Map<String, Map<String, String>> tags = ec2.tags().all(account);
        List<Address> matching = addresses.stream()
                .map(address -> shapes.address(account, address,
                        tags.getOrDefault(lookup.allocationId(address), Map.of())))
                .filter(FILTERS.matcher(request.filters()))
                .sorted(Comparator.comparing(Address::allocationId))
                .toList();
        return DescribeAddressesResponse.builder().addresses(matching).build();
    }

    private static Function<Address, Collection<String>> field(Function<Address, String> value) {
        return address -> {
            String text = value.apply(address);
            return text == null ? List.of() : List.of(text);
        };
    }
}
