package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyResponse;
import software.amazon.awssdk.services.ec2.model.InstanceTopology;

/**
 * DescribeInstanceTopology: where running instances sit in the cloud's network, as three layers of network
 * nodes. The embedded cloud has no real fabric, so the layers are derived from what it has: one top node per
 * region, one per zone, and one of a few racks per zone chosen by the instance, stable across calls. Instances
 * of the same zone thus share their upper nodes, as instances placed close together do on EC2.
 */
final class DescribeInstanceTopology implements Operation<DescribeInstanceTopologyRequest,
        DescribeInstanceTopologyResponse> {
    private static final int RACKS_PER_ZONE = 4;
    private static final int MAX_INSTANCE_IDS = 100;

    private final Ec2Context context;
    private final InstanceLookup lookup;

    DescribeInstanceTopology(Ec2Context context, InstanceLookup lookup) {
        this.context = context;
        this.lookup = lookup;
    }

    @Override
    public DescribeInstanceTopologyResponse handle(DescribeInstanceTopologyRequest request,
                                                   RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceIds().size() > MAX_INSTANCE_IDS) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "The maximum number of instance IDs is " + MAX_INSTANCE_IDS + ".");
        }
        if (!request.groupNames().isEmpty()) {
            throw AwsException.badRequest("InvalidPlacementGroup.Unknown",
                    "The Placement Group '" + request.groupNames().getFirst() + "' is unknown.");
        }
        AccountResources resources = new AccountResources(context, account);
        Predicate<InstanceTopology> matches = new Filters<InstanceTopology>(Map.of(
                "availability-zone", topology -> List.of(topology.availabilityZone()),
                "zone-id", topology -> topology.zoneId() == null ? List.of() : List.of(topology.zoneId()),
                "instance-type", topology -> List.of(topology.instanceType())),
                topology -> Map.of()).matcher(request.filters());
        List<InstanceView> views = request.instanceIds().isEmpty() ? lookup.all(account)
                : lookup.require(account, request.instanceIds());
        DryRun.check(request.dryRun());
        List<InstanceTopology> topologies = views.stream()
                .filter(view -> view.state() == MachineState.RUNNING)
                .map(view -> topology(view, resources))
                .filter(matches)
                .sorted(Comparator.comparing(InstanceTopology::instanceId))
                .toList();
        Page<InstanceTopology> page = Page.of(topologies, InstanceTopology::instanceId, request.maxResults(),
                request.nextToken(), 1, 100);
        return DescribeInstanceTopologyResponse.builder().instances(page.items()).nextToken(page.nextToken()).build();
    }

    private InstanceTopology topology(InstanceView view, AccountResources resources) {
        String zone = view.machine().zone();
        int rack = Math.floorMod(view.machine().id().hashCode(), RACKS_PER_ZONE);
        return InstanceTopology.builder()
                .instanceId(view.instanceId())
                .instanceType(view.machine().machineType())
                .availabilityZone(zone)
                .zoneId(resources.zoneId(zone))
                .networkNodes(node(context.region()), node(context.region() + "/" + zone),
                        node(context.region() + "/" + zone + "/rack-" + rack))
                .build();
    }

    /** A network node id ("nn-" and 17 hex digits) that is the same for the same place on every call. */
    private static String node(String place) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(place.getBytes(StandardCharsets.UTF_8));
            return "nn-" + HexFormat.of().formatHex(digest).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
