package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;

public interface MachineTypes {
    List<MachineType> list();

    default Optional<MachineType> find(String name) {
        return list().stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
