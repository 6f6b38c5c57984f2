package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.Address;

/** A CloudStack {@code publicipaddress} as a port {@link Address}; it maps to a machine through static NAT. */
final class IpAddressToAddress {
    private IpAddressToAddress() {
    }

    /** @param machineId the port id of the static-NAT VM, or null */
    static Address apply(JsonNode address, String tenant, String machineId) {
        boolean mapped = Fields.bool(address, "isstaticnat") && machineId != null;
        return new Address(Fields.text(address, "id"), tenant, Fields.text(address, "ipaddress"),
                mapped ? machineId : null, mapped ? Fields.text(address, "vmipaddress") : null);
    }
}
