package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vm;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's version (listCapabilities, the recorded answer with the version the fake runs) and, from 4.17 on, its
 * VMs' statistics entries (listVirtualMachinesUsageHistory, see {@link FakeVmStats}): dates "yyyy-MM-dd HH:mm:ss" in
 * the server's zone (UTC, as its answers show), both ends included. Like the versions CVE-2025-59454 names, it does
 * not keep a caller to its own VMs: without ids it answers with every VM.
 */
final class FakeStatsCommands {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FakeState state;

    FakeStatsCommands(FakeState state) {
        this.state = state;
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("listCapabilities", r -> {
            ObjectNode answer = FakeRender.JSON.createObjectNode();
            answer.set("capability", Recorded.CAPABILITIES.copy().put("cloudstackversion", state.version));
            return answer;
        });
        commands.put("listVirtualMachinesUsageHistory", this::history);
    }

    private ObjectNode history(FakeRequest r) {
        if (!state.keepsStatsHistory()) {
            throw FakeApiError.unauthorized();
        }
        List<Vm> vms = new ArrayList<>();
        String ids = r.text("ids");
        if (ids == null) {
            vms.addAll(state.vms.values());
        } else {
            for (String id : ids.split(",")) {
                Vm vm = state.vms.get(id);
                if (vm == null) {
                    throw FakeApiError.invalidId(r.command(), "ids", id);
                }
                vms.add(vm);
            }
        }
        Instant start = date(r, "startdate", Instant.EPOCH);
        Instant end = date(r, "enddate", state.now());
        if (start.isAfter(end)) {
            throw FakeApiError.invalid("startDate cannot be after endDate.");
        }
        List<ObjectNode> answers = new ArrayList<>();
        for (Vm vm : vms) {
            ObjectNode node = Recorded.USAGE_HISTORY_VM.copy().put("id", vm.id).put("name", vm.name)
                    .put("displayname", vm.name);
            ArrayNode stats = node.putArray("stats");
            for (FakeVmStats.Collection collection : FakeVmStats.collections(vm, start, end, state.now())) {
                ObjectNode entry = Recorded.USAGE_HISTORY_ENTRY.copy();
                FakeVmStats.putEntry(entry, vm, collection);
                stats.add(entry);
            }
            answers.add(node);
        }
        return r.list("virtualmachine", answers);
    }

    private static Instant date(FakeRequest r, String name, Instant fallback) {
        String text = r.text(name);
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDateTime.parse(text, DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw FakeApiError.invalid("Unable to parse date " + text + " for command " + r.command()
                    + ", please pass dates in the format mentioned in the api documentation");
        }
    }
}
