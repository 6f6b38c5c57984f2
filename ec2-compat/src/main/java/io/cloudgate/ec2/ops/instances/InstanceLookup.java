package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineType;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds an account's instances: the machines the cloud lists, joined with EC2's records and tags. Records
 * of machines the cloud has forgotten (terminated long enough ago) are cleaned up on the way.
 */
final class InstanceLookup {
    private final Ec2Context context;
    private final InstanceRecords records;
    private final ClientTokens tokens;

    InstanceLookup(Ec2Context context, InstanceRecords records, ClientTokens tokens) {
        this.context = context;
        this.records = records;
        this.tokens = tokens;
    }

    /** Every visible instance of the account, in no particular order. */
    List<InstanceView> all(String account) {
        // Records first: a machine launched after this scan is merely adopted for this one answer, whereas a
        // record written after listing the machines would look like one whose machine vanished.
        Map<String, InstanceRecords.Stored> byMachine = records.byMachine(account);
        Set<String> withdrawn = records.withdrawnMachines(account);
        List<Machine> machines = context.compute().machines().list(account);
        Map<String, Map<String, String>> tags = context.tags().all(account);
        Set<String> listed = new HashSet<>();
        List<InstanceView> views = new ArrayList<>(machines.size());
        for (Machine machine : machines) {
            listed.add(machine.id());
            if (withdrawn.contains(machine.id())) {
                continue;
            }
            InstanceRecords.Stored stored = byMachine.get(machine.id());
            if (stored == null) {
                InstanceRecord record = adopt(machine);
                views.add(new InstanceView(record.instanceId(), machine, record,
                        tags.getOrDefault(record.instanceId(), Map.of())));
            } else {
                views.add(new InstanceView(stored.instanceId(), machine, () -> records.decode(stored),
                        tags.getOrDefault(stored.instanceId(), Map.of())));
            }
        }
        byMachine.values().stream().filter(stored -> !listed.contains(stored.machineId()))
                .forEach(stored -> forget(account, records.decode(stored)));
        withdrawn.stream().filter(machineId -> !listed.contains(machineId))
                .forEach(machineId -> records.forgetWithdrawn(account, machineId));
        return views;
    }

    /**
     * The instances whose tags pass the test, in instance id order from {@code fromId} on (null: the first),
     * produced lazily from the account's tags rather than its whole listing: only a tagged instance can match
     * a tag filter, and a page of matches costs only as many lookups. Records are decoded only for the
     * instances the request goes on to filter on or show.
     */
    Stream<InstanceView> tagged(String account, Predicate<Map<String, String>> tagsMatch, String fromId) {
        // One read of the (usually empty) withdrawn markers, rather than one store read per tagged instance.
        Set<String> withdrawn = records.withdrawnMachines(account);
        return context.tags().list(account, ResourceKind.INSTANCE, fromId).stream()
                .filter(entry -> tagsMatch.test(entry.tags()))
                .map(entry -> taggedView(account, entry, withdrawn))
                .filter(Objects::nonNull);
    }

    /** The view of a tagged instance, or null when its machine is gone or withdrawn. */
    private InstanceView taggedView(String account, TagStore.ResourceTags entry, Set<String> withdrawn) {
        String instanceId = entry.resourceId();
        Optional<String> machineId = context.ids().toBackend(ResourceKind.INSTANCE, instanceId);
        if (machineId.isEmpty() || withdrawn.contains(machineId.get())) {
            return null;
        }
        return context.compute().machines().find(account, machineId.get()).map(machine -> new InstanceView(instanceId,
                machine, () -> records.get(account, instanceId).orElseGet(() -> adopt(machine)), entry.tags()))
                .orElse(null);
    }

    Optional<InstanceView> find(String account, String instanceId) {
        return visibleMachine(account, instanceId).map(machine -> new InstanceView(instanceId, machine,
                records.get(account, instanceId).orElseGet(() -> adopt(machine)),
                context.tags().of(account, instanceId)));
    }

    /** The machine behind an instance id, unless the cloud has forgotten it or a failed launch withdrew it. */
    private Optional<Machine> visibleMachine(String account, String instanceId) {
        Optional<String> machineId = context.ids().toBackend(ResourceKind.INSTANCE, instanceId);
        if (machineId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Machine> machine = context.compute().machines().find(account, machineId.get());
        if (machine.isEmpty() || records.isWithdrawn(account, machineId.get())) {
            return Optional.empty();
        }
        return machine;
    }

    InstanceView require(String account, String instanceId) {
        return find(account, instanceId).orElseThrow(() -> ResourceKind.INSTANCE.notFound(instanceId));
    }

    /** The named instances in request order (duplicates once); one error naming every unknown id. */
    List<InstanceView> require(String account, List<String> instanceIds) {
        List<InstanceView> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String instanceId : new LinkedHashSet<>(instanceIds)) {
            find(account, instanceId).ifPresentOrElse(found::add, () -> missing.add(instanceId));
        }
        if (missing.size() == 1) {
            throw ResourceKind.INSTANCE.notFound(missing.getFirst());
        }
        if (!missing.isEmpty()) {
            throw AwsException.badRequest("InvalidInstanceID.NotFound",
                    "The instance IDs '" + String.join(", ", missing) + "' do not exist");
        }
        return found;
    }

    private InstanceRecord adopt(Machine machine) {
        String instanceId = context.ids().toAws(ResourceKind.INSTANCE, machine.id());
        String eniId = PrimaryInterfaces.id(context.ids(), machine.id());
        Optional<MachineType> type = context.compute().machineTypes().find(machine.machineType());
        return InstanceRecord.adopted(instanceId, machine.id(), eniId, type.map(MachineType::vcpus).orElse(1),
                LaunchDefaults.cpuCredits(machine.machineType(), type.map(MachineType::burstable).orElse(false)));
    }

    private void forget(String account, InstanceRecord record) {
        records.delete(account, record);
        context.tags().forget(account, record.instanceId());
        context.tags().forget(account, record.networkInterfaceId());
        if (record.clientToken() != null) {
            tokens.expireSoon(account, record.clientToken());
        }
    }
}
