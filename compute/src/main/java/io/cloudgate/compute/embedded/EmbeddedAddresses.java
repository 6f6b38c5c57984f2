package io.cloudgate.compute.embedded;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.Addresses;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.Machine;
import io.cloudgate.compute.MachineState;
import io.cloudgate.compute.embedded.StoredRecords.MachineDoc;
import java.util.List;
import java.util.Optional;

/**
 * Allocated public addresses. Associating one replaces the machine's automatic public address; taking it
 * away gives a running machine that was launched with a public address a fresh automatic one, as EC2 does.
 */
final class EmbeddedAddresses implements Addresses {
    private final ComputeTables tables;
    private final AccountLocks locks;
    private final MachineRecords machines;
    private final PublicAddressPool pool;
    private final int quota;

    EmbeddedAddresses(ComputeTables tables, AccountLocks locks, MachineRecords machines, PublicAddressPool pool,
                      int quota) {
        this.tables = tables;
        this.locks = locks;
        this.machines = machines;
        this.pool = pool;
        this.quota = quota;
    }

    @Override
    public Address allocate(String account) {
        return locks.inAccount(account, () -> {
            if (list(account).size() >= quota) {
                throw new ComputeException(Kind.ADDRESS_QUOTA, "The maximum number of addresses (" + quota
                        + ") has been reached");
            }
            Address address = new Address(ComputeTables.newId(), account,
                    pool.claim(account, PublicAddressPool.ALLOCATED), null, null);
            tables.addresses.put(account, address.id(), address);
            return address;
        });
    }

    @Override
    public List<Address> list(String account) {
        return tables.addresses.all(account);
    }

    @Override
    public Optional<Address> find(String account, String addressId) {
        return addressId == null ? Optional.empty() : tables.addresses.get(account, addressId);
    }

    private Address require(String account, String addressId) {
        return find(account, addressId).orElseThrow(() -> ComputeException.notFound("Address " + addressId));
    }

    @Override
    public Address associate(String account, String addressId, String machineId) {
        return locks.inAccount(account, () -> {
            Address address = require(account, addressId);
            MachineDoc target = machines.require(account, machineId);
            if (!MachineRecords.isActive(target.machine())) {
                throw new ComputeException(Kind.INVALID_STATE, "Machine " + machineId + " is terminated");
            }
            if (address.machineId() != null && !address.machineId().equals(machineId)) {
                unmap(account, address);
            }
            if (target.addressId() != null && !target.addressId().equals(addressId)) {
                Address previous = require(account, target.addressId());
                tables.addresses.put(account, previous.id(), mapped(previous, null, null));
            } else if (target.addressId() == null) {
                pool.release(target.machine().publicAddress());
            }
            Machine machine = MachineCopies.withPublicAddress(target.machine(), address.publicAddress());
            machines.save(new MachineDoc(machine, target.wantsPublicAddress(), addressId));
            Address associated = mapped(address, machineId, machine.privateAddress());
            tables.addresses.put(account, addressId, associated);
            return associated;
        });
    }

    @Override
    public Address disassociate(String account, String addressId) {
        return locks.inAccount(account, () -> {
            Address address = require(account, addressId);
            if (address.machineId() == null) {
                return address;
            }
            unmap(account, address);
            Address free = mapped(address, null, null);
            tables.addresses.put(account, addressId, free);
            return free;
        });
    }

    @Override
    public void release(String account, String addressId) {
        locks.inAccount(account, () -> {
            Address address = require(account, addressId);
            if (address.machineId() != null) {
                throw new ComputeException(Kind.IN_USE, "Address " + address.publicAddress()
                        + " is associated with a machine");
            }
            tables.addresses.delete(account, addressId);
            pool.release(address.publicAddress());
        });
    }

    /** Called when a machine terminates: its address stays allocated but maps to nothing. */
    void machineTerminated(String account, String addressId) {
        find(account, addressId).ifPresent(a -> tables.addresses.put(account, a.id(), mapped(a, null, null)));
    }

    /** Takes the address off its machine, which falls back to an automatic address if it had one. */
    private void unmap(String account, Address address) {
        machines.find(account, address.machineId()).ifPresent(doc -> {
            Machine machine = doc.machine();
            boolean running = machine.state() == MachineState.PENDING || machine.state() == MachineState.RUNNING;
            String fallback = doc.wantsPublicAddress() && running
                    ? pool.claim(account, PublicAddressPool.AUTOMATIC)
                    : null;
            machines.save(new MachineDoc(MachineCopies.withPublicAddress(machine, fallback), doc.wantsPublicAddress(),
                    null));
        });
    }

    private static Address mapped(Address address, String machineId, String privateAddress) {
        return new Address(address.id(), address.owner(), address.publicAddress(), machineId, privateAddress);
    }
}
