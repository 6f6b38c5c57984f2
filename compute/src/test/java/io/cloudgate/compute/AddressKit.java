package io.cloudgate.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.compute.ComputeException.Kind;
import org.junit.jupiter.api.Test;

/** Allocated public addresses: association replaces the automatic address, release waits for disassociation. */
public interface AddressKit extends ComputeKitFixture {

    @Test
    default void associatedAddressBecomesTheMachinesPublicAddress() {
        String account = newAccount();
        Subnet subnet = defaultSubnet(account, compute().zones().list().get(0).name());
        Machine machine = compute().machines().launch(account, specInSubnet(account, subnet.id(), true));
        String automatic = machine.publicAddress();
        Address address = compute().addresses().allocate(account);
        assertThat(address.publicAddress()).isNotEqualTo(automatic);
        assertThat(address.machineId()).isNull();

        Address associated = compute().addresses().associate(account, address.id(), machine.id());
        assertThat(associated.machineId()).isEqualTo(machine.id());
        assertThat(associated.privateAddress()).isEqualTo(machine.privateAddress());
        assertThat(compute().machines().find(account, machine.id()).orElseThrow().publicAddress())
                .isEqualTo(address.publicAddress());
        assertFails(Kind.IN_USE, () -> compute().addresses().release(account, address.id()));

        awaitState(account, machine.id(), MachineState.RUNNING);
        compute().machines().stop(account, machine.id(), false);
        assertThat(awaitState(account, machine.id(), MachineState.STOPPED).publicAddress())
                .as("an associated address stays through a stop").isEqualTo(address.publicAddress());

        Address free = compute().addresses().disassociate(account, address.id());
        assertThat(free.machineId()).isNull();
        assertThat(compute().machines().find(account, machine.id()).orElseThrow().publicAddress())
                .isNotEqualTo(address.publicAddress());
        compute().addresses().release(account, address.id());
        assertThat(compute().addresses().list(account)).isEmpty();
        assertFails(Kind.NOT_FOUND, () -> compute().addresses().release(account, address.id()));
    }

    @Test
    default void movingAnAddressTakesItFromItsPreviousMachine() {
        String account = newAccount();
        Machine first = launch(account);
        Machine second = launch(account);
        Address address = compute().addresses().allocate(account);
        compute().addresses().associate(account, address.id(), first.id());
        compute().addresses().associate(account, address.id(), second.id());
        assertThat(compute().machines().find(account, first.id()).orElseThrow().publicAddress()).isNull();
        assertThat(compute().machines().find(account, second.id()).orElseThrow().publicAddress())
                .isEqualTo(address.publicAddress());
        assertThat(compute().addresses().find(account, address.id()).orElseThrow().machineId()).isEqualTo(second.id());
    }

    @Test
    default void terminationLeavesTheAddressAllocatedButFree() {
        String account = newAccount();
        Machine machine = launch(account);
        Address address = compute().addresses().allocate(account);
        compute().addresses().associate(account, address.id(), machine.id());
        compute().machines().terminate(account, machine.id());
        assertThat(compute().addresses().find(account, address.id()).orElseThrow().machineId()).isNull();
        assertFails(Kind.INVALID_STATE, () -> compute().addresses().associate(account, address.id(), machine.id()));
        compute().addresses().release(account, address.id());
    }

    @Test
    default void addressQuotaIsEnforced() {
        String account = newAccount();
        for (int i = 0; i < limits().addressesPerAccount(); i++) {
            compute().addresses().allocate(account);
        }
        assertFails(Kind.ADDRESS_QUOTA, () -> compute().addresses().allocate(account));
        Address any = compute().addresses().list(account).get(0);
        compute().addresses().release(account, any.id());
        assertThat(compute().addresses().allocate(account).publicAddress()).isNotBlank();
        assertThat(compute().addresses().allocate(newAccount()).publicAddress()).isNotBlank();
    }
}
