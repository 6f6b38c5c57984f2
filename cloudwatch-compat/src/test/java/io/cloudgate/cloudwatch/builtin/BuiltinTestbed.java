package io.cloudgate.cloudwatch.builtin;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory.Instance;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.embedded.EmbeddedCompute;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.store.DocumentStore;
import io.cloudgate.store.MutableClock;
import io.cloudgate.store.embedded.MvStoreDocumentStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** An embedded cloud and a directory of its instances kept by hand, as the gateway's EC2 layer would. */
final class BuiltinTestbed implements InstanceDirectory {
    static final String ACCOUNT = "111122223333";

    final MutableClock clock = new MutableClock();
    final DocumentStore store = MvStoreDocumentStore.inMemory(clock);
    final EmbeddedCompute compute = EmbeddedCompute.open(store, clock, EmbeddedSettings.defaults());
    private final Map<String, Instance> instances = new LinkedHashMap<>();

    /** Launches a machine and lists it as an instance with the given monitoring. */
    Instance launch(String instanceId, boolean detailed) {
        Machine machine = compute.machines().launch(ACCOUNT, new LaunchSpec(EmbeddedCompute.webServerImageId(),
                "t3.micro", null, null, List.of(), null, null, List.of(), null, false));
        return put(new Instance(instanceId, machine.id(), detailed, OptionalDouble.empty(), null));
    }

    Instance put(Instance instance) {
        instances.put(instance.instanceId(), instance);
        return instance;
    }

    @Override
    public List<Instance> instances(String account) {
        return account.equals(ACCOUNT) ? List.copyOf(instances.values()) : List.of();
    }

    @Override
    public Optional<Instance> find(String account, String instanceId) {
        return account.equals(ACCOUNT) ? Optional.ofNullable(instances.get(instanceId)) : Optional.empty();
    }
}
