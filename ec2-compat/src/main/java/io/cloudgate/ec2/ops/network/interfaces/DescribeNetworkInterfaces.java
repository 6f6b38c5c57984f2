package io.cloudgate.ec2.ops.network.interfaces;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.Address;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Page;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.ops.instances.InstanceSettings;
import io.cloudgate.ec2.ops.network.NetworkLookup;
import io.cloudgate.ec2.ops.network.RequestedIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/** DescribeNetworkInterfaces: one interface per instance that is not terminated, by id and filters, paged. */
public final class DescribeNetworkInterfaces
        implements Operation<DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse> {
    private final Ec2Context context;
    private final NetworkLookup lookup;
    private final InterfaceView view;
    private final InstanceSettings settings;

    public DescribeNetworkInterfaces(Ec2Context context) {
        this.context = context;
        this.lookup = new NetworkLookup(context);
        this.view = new InterfaceView(context);
        this.settings = new InstanceSettings(context.store(), context.clock());
    }

    @Override
    public DescribeNetworkInterfacesResponse handle(DescribeNetworkInterfacesRequest request,
                                                    RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        var matcher = InterfaceFilters.FILTERS.matcher(request.filters());
        var state = new InterfaceView.AccountState(account,
                lookup.groups(account).stream().collect(Collectors.toMap(SecurityGroup::id, Function.identity())),
                lookup.networks(account).stream().collect(Collectors.toMap(Network::id, Function.identity())),
                NetworkLookup.port(() -> context.compute().addresses().list(account), ResourceKind.ADDRESS, null)
                        .stream().filter(address -> address.machineId() != null)
                        .collect(Collectors.toMap(Address::machineId, Function.identity(), (a, b) -> a)),
                context.compute().zones().list(),
                context.tags().all(account),
                settings.sourceDestCheck(account));
        List<NetworkInterface> interfaces = NetworkLookup.port(() -> context.compute().machines().list(account),
                        ResourceKind.INSTANCE, null).stream()
                .filter(machine -> machine.state() != MachineState.TERMINATED && machine.privateAddress() != null)
                .map(machine -> view.toSdk(machine, state))
                .sorted(Comparator.comparing(NetworkInterface::networkInterfaceId))
                .toList();
        var wanted = RequestedIds.check(ResourceKind.NETWORK_INTERFACE, request.networkInterfaceIds(),
                interfaces.stream().map(NetworkInterface::networkInterfaceId).toList());
        List<NetworkInterface> matching = interfaces.stream()
                .filter(networkInterface -> wanted.test(networkInterface.networkInterfaceId()))
                .filter(matcher)
                .toList();
        Page<NetworkInterface> page = Page.of(matching, NetworkInterface::networkInterfaceId, request.maxResults(),
                request.nextToken(), 5, 1000);
        return DescribeNetworkInterfacesResponse.builder().networkInterfaces(page.items())
                .nextToken(page.nextToken()).build();
    }
}
