package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every account sees alike: zones, offerings and the zones' shared networks. */
final class FakeCatalogCommands {
    private final FakeState state;

    FakeCatalogCommands(FakeState state) {
        this.state = state;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("listZones", r -> r.list("zone", filtered(state.zones, Zone::id, r).stream()
                .map(FakeRender::zone).toList()));
        commands.put("listServiceOfferings", r -> r.list("serviceoffering", state.serviceOfferings.stream()
                .map(FakeRender::serviceOffering).toList()));
        commands.put("listDiskOfferings", r -> r.list("diskoffering", state.diskOfferings.stream()
                .map(FakeRender::diskOffering).toList()));
    }

    /** The zones' shared networks a listNetworks asks for (tiers are {@link FakeVpcCommands}'). */
    List<ObjectNode> sharedNetworks(FakeRequest r) {
        String type = r.text("type");
        return state.zones.stream().filter(z -> z.networkId() != null)
                .filter(z -> r.text("id") == null || z.networkId().equals(r.text("id")))
                .filter(z -> type == null || type.equalsIgnoreCase("Shared"))
                .filter(z -> r.text("vpcid") == null)
                .filter(z -> r.text("zoneid") == null || z.id().equals(r.text("zoneid")))
                .map(FakeRender::network).toList();
    }

    private static <T> List<T> filtered(List<T> items, Function<T, String> id, FakeRequest r) {
        String wanted = r.text("id");
        return wanted == null ? items : items.stream().filter(item -> id.apply(item).equals(wanted)).toList();
    }

    /** A list as a map by id, for lookups that answer CloudStack's "invalid parameter" error. */
    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
