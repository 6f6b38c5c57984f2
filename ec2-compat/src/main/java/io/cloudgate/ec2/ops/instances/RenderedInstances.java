package io.cloudgate.ec2.ops.instances;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.Machine;
import io.cloudgate.protocol.schema.ReusableValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Rendered instances kept between requests: an instance whose inputs are unchanged is answered with the same
 * (immutable) {@link Instance}, which the codec may then write from its cached encoding. Listings of thousands of
 * instances repeat mostly unchanged ones; building and encoding each again dominated their cost.
 */
final class RenderedInstances {
    /** Enough for the largest listings the benchmark makes (10,000 instances), bounded for memory. */
    private static final int MAXIMUM_INSTANCES = 20_000;

    private final Cache<String, Rendered> rendered = Caffeine.newBuilder().maximumSize(MAXIMUM_INSTANCES).build();

    /** The instance as the renderer would render it now, reusing the last rendering when its inputs are equal. */
    Instance render(InstanceView view, InstanceRenderer renderer) {
        Inputs inputs = Inputs.of(view, renderer);
        String key = renderer.resources().account() + "/" + view.instanceId();
        Rendered last = rendered.getIfPresent(key);
        if (last != null && last.inputs().equals(inputs)) {
            return last.instance();
        }
        Instance instance = ReusableValues.mark(renderer.render(view));
        rendered.put(key, new Rendered(inputs, instance));
        return instance;
    }

    private record Rendered(Inputs inputs, Instance instance) {
    }

    /**
     * Everything {@link InstanceRenderer#render} reads, compared by value. AWS ids, zone ids, the region and the
     * account never change for a given backend id, so they are not part of it; user data is not rendered (and an
     * array would only compare by identity), so the machine is kept without it.
     */
    private record Inputs(Machine machine, InstanceRecord record, Map<String, String> tags, Optional<String> platform,
                          Optional<String> architecture, boolean dnsHostnames, boolean elasticAddress,
                          List<Optional<String>> groupNames) {
        static Inputs of(InstanceView view, InstanceRenderer renderer) {
            Machine machine = view.machine();
            AccountResources resources = renderer.resources();
            Optional<Image> image = resources.image(machine.imageId());
            return new Inputs(withoutUserData(machine), view.record(), Map.copyOf(view.tags()),
                    image.map(Image::platform), image.map(Image::architecture),
                    machine.networkId() != null && resources.dnsHostnames(machine.networkId()),
                    resources.elasticAddress(machine.id()).isPresent(),
                    machine.securityGroupIds().stream()
                            .map(id -> resources.group(id).map(group -> group.name())).toList());
        }

        private static Machine withoutUserData(Machine m) {
            return new Machine(m.id(), m.owner(), m.imageId(), m.machineType(), m.zone(), m.networkId(), m.subnetId(),
                    m.privateAddress(), m.publicAddress(), m.securityGroupIds(), m.keyName(), null, m.state(),
                    m.stateReason(), m.launchedAt(), m.stateChangedAt(), m.disks(), m.rootDeviceName(), m.loopbackAddress());
        }
    }
}
