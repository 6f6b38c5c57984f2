package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A session through every command of the fake, in the states the recordings show them: the catalog, key pairs,
 * groups and rules, a VM deployed (listed while deploying and starting), its volumes and a snapshot, an address
 * with static NAT, the VM stopped, resized and captured, restarted and destroyed, and the usual errors.
 */
final class FakeScenario {
    private final FakeSession s;
    private final FakeClock clock;

    FakeScenario(FakeSession session, FakeClock clock) {
        this.s = session;
        this.clock = clock;
    }

    void run() {
        String zone = s.call("listZones").path("zone").path(0).path("id").asText();
        JsonNode offerings = s.call("listServiceOfferings").path("serviceoffering");
        JsonNode disks = s.call("listDiskOfferings").path("diskoffering");
        JsonNode template = s.call("listTemplates", "templatefilter", "featured").path("template").path(0);
        s.call("listNetworks", "type", "Shared");
        s.call("listVPCs");

        s.call("registerSSHKeyPair", "name", "key", "publickey", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIShapes x@y");
        s.call("listSSHKeyPairs");
        String web = s.call("createSecurityGroup", "name", "web", "description", "web").path("securitygroup")
                .path("id").asText();
        s.call("createSecurityGroup", "name", "app", "description", "app");
        s.job("authorizeSecurityGroupIngress", "securitygroupid", web, "protocol", "tcp", "startport", "22",
                "endport", "22", "cidrlist", "0.0.0.0/0");
        s.job("authorizeSecurityGroupIngress", "securitygroupid", web, "protocol", "tcp", "startport", "80",
                "endport", "80", "usersecuritygrouplist[0].account", "shapes", "usersecuritygrouplist[0].group", "app");
        s.job("authorizeSecurityGroupIngress", "securitygroupid", web, "protocol", "icmp", "icmptype", "-1",
                "icmpcode", "-1", "cidrlist", "10.0.0.0/8");
        s.job("authorizeSecurityGroupEgress", "securitygroupid", web, "protocol", "all", "cidrlist", "0.0.0.0/0");
        JsonNode rules = s.call("listSecurityGroups", "id", web).path("securitygroup").path(0);
        s.job("revokeSecurityGroupIngress", "id", rules.path("ingressrule").path(0).path("ruleid").asText());
        s.job("revokeSecurityGroupEgress", "id", rules.path("egressrule").path(0).path("ruleid").asText());

        String vm = deploy(zone, template.path("id").asText(), offerings.path(0).path("id").asText(), web);
        statistics(vm);
        volumes(zone, vm, disks.path(1).path("id").asText());
        addresses(zone, vm);
        lifeCycle(vm, offerings.path(1).path("id").asText(), template.path("ostypeid").asText());
        s.call("deleteSecurityGroup", "id", web);
        s.call("deleteSSHKeyPair", "name", "key");
        new FakeVpcScenario(s).run(template.path("id").asText(), offerings.path(0).path("id").asText());
        errors(zone, template.path("id").asText(), offerings.path(0).path("id").asText());
    }

    private String deploy(String zone, String template, String offering, String group) {
        JsonNode deployed = s.call("deployVirtualMachine", "zoneid", zone, "templateid", template,
                "serviceofferingid", offering, "securitygroupids", group, "keypair", "key", "userdata",
                base64("#cloud-config\n"));
        String vm = deployed.path("id").asText();
        s.call("listVirtualMachines", "id", vm);
        s.call("queryAsyncJobResult", "jobid", deployed.path("jobid").asText());
        clock.advance(Duration.ofSeconds(1));
        s.call("listVirtualMachines", "id", vm);
        s.await(deployed.path("jobid").asText());
        s.call("listVirtualMachines", "id", vm, "userdata", "true");
        s.call("getVirtualMachineUserData", "virtualmachineid", vm);
        s.call("listVolumes", "virtualmachineid", vm);
        return vm;
    }

    /** The running VM's statistics as a 4.17+ server lists them and keeps them per collection. */
    private void statistics(String vm) {
        s.call("listCapabilities");
        clock.advance(Duration.ofMinutes(2));
        s.call("listVirtualMachines", "id", vm);
        s.call("listVirtualMachinesUsageHistory", "ids", vm);
    }

    private void volumes(String zone, String vm, String offering) {
        JsonNode created = s.call("createVolume", "name", "data", "zoneid", zone, "diskofferingid", offering, "size",
                "5");
        String volume = created.path("id").asText();
        s.call("listVolumes", "id", volume);
        s.await(created.path("jobid").asText());
        s.job("attachVolume", "id", volume, "virtualmachineid", vm);
        s.call("listVolumes", "id", volume);
        s.job("resizeVolume", "id", volume, "size", "10");
        JsonNode snapshot = s.call("createSnapshot", "volumeid", volume);
        s.call("listSnapshots", "id", snapshot.path("id").asText());
        s.await(snapshot.path("jobid").asText());
        s.call("listSnapshots");
        JsonNode restored = s.call("createVolume", "name", "restored", "snapshotid", snapshot.path("id").asText());
        s.await(restored.path("jobid").asText());
        s.job("detachVolume", "id", volume);
        s.call("listVolumes", "id", volume);
        s.call("deleteVolume", "id", volume);
        s.job("deleteSnapshot", "id", snapshot.path("id").asText());
    }

    private void addresses(String zone, String vm) {
        JsonNode associated = s.call("associateIpAddress", "zoneid", zone);
        String address = associated.path("id").asText();
        s.await(associated.path("jobid").asText());
        s.call("listPublicIpAddresses");
        s.call("enableStaticNat", "ipaddressid", address, "virtualmachineid", vm);
        s.call("listPublicIpAddresses", "id", address);
        s.call("listVirtualMachines", "id", vm);
        s.job("disableStaticNat", "ipaddressid", address);
        s.job("disassociateIpAddress", "id", address);
    }

    private void lifeCycle(String vm, String otherOffering, String osType) {
        s.job("rebootVirtualMachine", "id", vm);
        s.job("stopVirtualMachine", "id", vm);
        s.call("listVirtualMachines", "id", vm);
        s.call("changeServiceForVirtualMachine", "id", vm, "serviceofferingid", otherOffering);
        s.call("updateVirtualMachine", "id", vm, "userdata", base64("#!/bin/sh\n"));
        String root = s.call("listVolumes", "virtualmachineid", vm, "type", "ROOT").path("volume").path(0)
                .path("id").asText();
        JsonNode template = s.call("createTemplate", "name", "image", "displaytext", "image", "ostypeid", osType,
                "volumeid", root);
        s.await(template.path("jobid").asText());
        s.call("listTemplates", "templatefilter", "self");
        s.call("updateTemplatePermissions", "id", template.path("id").asText(), "ispublic", "true");
        s.job("deleteTemplate", "id", template.path("id").asText());
        s.job("startVirtualMachine", "id", vm);
        String destroy = s.call("destroyVirtualMachine", "id", vm, "expunge", "true").path("jobid").asText();
        clock.advance(Duration.ofSeconds(2));
        s.call("listVirtualMachines", "id", vm);
        s.await(destroy);
    }

    private void errors(String zone, String template, String offering) {
        s.call(431, "listVirtualMachines", "id", UUID.randomUUID().toString());
        String group = s.call("listSecurityGroups").path("securitygroup").path(0).path("id").asText();
        s.call(431, "deleteSecurityGroup", "id", group);
        s.call(431, "deployVirtualMachine", "zoneid", zone, "templateid", template);
        String vm = null;
        for (int i = 0; i < 2; i++) {
            vm = s.call("deployVirtualMachine", "zoneid", zone, "templateid", template, "serviceofferingid", offering)
                    .path("id").asText();
        }
        s.call(535, "deployVirtualMachine", "zoneid", zone, "templateid", template, "serviceofferingid", offering);
        clock.advance(Duration.ofSeconds(3));
        s.job("startVirtualMachine", "id", vm);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
