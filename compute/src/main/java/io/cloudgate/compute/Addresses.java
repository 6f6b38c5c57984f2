package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;

public interface Addresses {
    /** Throws ADDRESS_QUOTA when the account holds its maximum. */
    Address allocate(String account);

    List<Address> list(String account);

    Optional<Address> find(String account, String addressId);

    /** Maps the address to the machine, replacing any previous mapping of either. */
    Address associate(String account, String addressId, String machineId);

    Address disassociate(String account, String addressId);

    /** Throws IN_USE while associated. */
    void release(String account, String addressId);
}
