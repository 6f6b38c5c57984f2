package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The VPC part of the shapes session, as the recorder's vm_isolated_network scenario went: offerings and ACL lists,
 * a VPC, a tier, a VM with a fixed address in it, then everything deleted again, with the refusals on the way.
 */
final class FakeVpcScenario {
    private final FakeSession s;

    FakeVpcScenario(FakeSession session) {
        this.s = session;
    }

    void run(String template, String offering) {
        JsonNode zones = s.call("listZones").path("zone");
        String zone = zones.path(zones.size() - 1).path("id").asText();
        String vpcOffering = s.call("listVPCOfferings", "name", "Default VPC offering").path("vpcoffering").path(0)
                .path("id").asText();
        JsonNode created = s.call("createVPC", "name", "vpc", "displaytext", "vpc", "zoneid", zone, "vpcofferingid",
                vpcOffering, "cidr", "10.20.0.0/16");
        String vpc = created.path("id").asText();
        s.await(created.path("jobid").asText());
        s.call("listVPCs");
        s.call("listNetworkACLLists", "vpcid", vpc);
        String acl = s.call("listNetworkACLLists", "name", "default_allow").path("networkacllist").path(0).path("id")
                .asText();
        String tierOffering = s.call("listNetworkOfferings", "forvpc", "true", "name",
                "DefaultIsolatedNetworkOfferingForVpcNetworks").path("networkoffering").path(0).path("id").asText();
        String tier = s.call("createNetwork", "name", "tier", "displaytext", "tier", "zoneid", zone,
                "networkofferingid", tierOffering, "vpcid", vpc, "gateway", "10.20.1.1", "netmask", "255.255.255.0",
                "aclid", acl).path("network").path("id").asText();
        s.call(431, "createNetwork", "name", "outside", "zoneid", zone, "networkofferingid", tierOffering, "vpcid",
                vpc, "gateway", "10.30.1.1", "netmask", "255.255.255.0", "aclid", acl);
        s.call(431, "createNetwork", "name", "crossing", "zoneid", zone, "networkofferingid", tierOffering, "vpcid",
                vpc, "gateway", "10.20.1.129", "netmask", "255.255.255.128", "aclid", acl);
        s.call("listNetworks", "vpcid", vpc);
        JsonNode deployed = s.call("deployVirtualMachine", "zoneid", zone, "templateid", template,
                "serviceofferingid", offering, "networkids", tier, "ipaddress", "10.20.1.10");
        s.await(deployed.path("jobid").asText());
        s.call("listVirtualMachines", "id", deployed.path("id").asText());
        s.call("listVPCs");
        s.job("destroyVirtualMachine", "id", deployed.path("id").asText(), "expunge", "true");
        s.job("deleteNetwork", "id", tier);
        s.job("deleteVPC", "id", vpc);
        s.call("listVPCs");
    }
}
