package io.cloudgate.compute.cloudstack.fake;

import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Tier;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;

/** Where a deploy into a VPC tier puts the VM's NIC: the tier it names and an address of the tier's range. */
final class FakeTierNics {
    private final FakeState state;

    FakeTierNics(FakeState state) {
        this.state = state;
    }

    /** The VPC tier the deploy names, or null for the zone's shared network (zones with security groups). */
    Tier tier(FakeRequest r, Zone zone, Account caller) {
        String networks = r.text("networkids");
        if (networks == null || networks.equals(zone.networkId())) {
            if (zone.networkId() == null) {
                throw FakeApiError.invalid("Can't deploy a vm in an advanced zone without security groups without"
                        + " a network");
            }
            return null;
        }
        Tier tier = state.tiers.get(networks);
        if (tier == null) {
            throw FakeApiError.invalidId(r.command(), "networkids", networks);
        }
        FakeState.checkOwner(caller, tier.owner);
        if (tier.vpc.zone != zone) {
            throw FakeApiError.invalid("Network id=" + tier.id + " doesn't belong to zone " + zone.id());
        }
        return tier;
    }

    /** A tier's address: the one asked for, or else the first free one after the gateway (the VPC router's). */
    String address(FakeRequest r, Tier tier) {
        String cidr = tier.cidr;
        long base = FakeState.address(cidr.substring(0, cidr.indexOf('/')));
        long size = 1L << (32 - Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1)));
        String wanted = r.text("ipaddress");
        if (wanted != null) {
            long value = FakeState.address(wanted);
            if (value <= base + 1 || value >= base + size - 1) {
                throw FakeApiError.invalid("Requested ip address " + wanted + " is not in the network range "
                        + cidr);
            }
            if (!state.tierIpFree(tier, wanted)) {
                throw new FakeApiError(533, 4300, "Insufficient address capacity: requested ip " + wanted
                        + " is not available");
            }
            return wanted;
        }
        for (long host = 2; host < size - 1; host++) {
            if (state.tierIpFree(tier, FakeState.text(base + host))) {
                return FakeState.text(base + host);
            }
        }
        throw new FakeApiError(533, 4300, "Insufficient address capacity");
    }
}
