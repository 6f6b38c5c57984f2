package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.DiskOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Group;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.KeyPair;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.PublicIp;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Rule;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.ServiceOffering;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Answers about zones, offerings, networks, groups, keys, addresses and jobs, each made from a recorded object. */
final class FakeRender {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    private FakeRender() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static void owner(ObjectNode node, Account account) {
        node.put("account", account == null ? "system" : account.name).put("domainid", FakeState.DOMAIN_ID);
    }

    static ObjectNode zone(Zone zone) {
        return Recorded.ZONE.copy().put("id", zone.id()).put("name", zone.name()).put("networktype", "Advanced")
                .put("securitygroupsenabled", zone.securityGroups()).put("allocationstate", "Enabled");
    }

    static ObjectNode serviceOffering(ServiceOffering offering) {
        return Recorded.SERVICE_OFFERING.copy().put("id", offering.id()).put("name", offering.name())
                .put("displaytext", offering.name()).put("cpunumber", offering.cpus())
                .put("memory", offering.memoryMib());
    }

    static ObjectNode diskOffering(DiskOffering offering) {
        ObjectNode node = Recorded.DISK_OFFERING.copy().put("id", offering.id()).put("name", offering.name())
                .put("displaytext", offering.name()).put("disksize", offering.sizeGib())
                .put("iscustomized", offering.customized());
        if (offering.customIops()) {
            node.put("iscustomizediops", true);
        }
        return node;
    }

    /** The zone's shared guest network, whose offering has security groups and Elastic IP. */
    static ObjectNode network(Zone zone) {
        ObjectNode node = Recorded.SHARED_NETWORK.copy().put("id", zone.networkId()).put("related", zone.networkId())
                .put("name", zone.name() + " guest network").put("displaytext", zone.name() + " guest network")
                .put("zoneid", zone.id()).put("zonename", zone.name()).put("cidr", zone.cidr())
                .put("gateway", zone.gateway()).put("netmask", netmask(zone.cidr())).put("type", "Shared");
        ObjectNode staticNat = ((ArrayNode) node.get("service")).addObject().put("name", "StaticNat");
        staticNat.putArray("provider").addObject().put("name", "Netscaler");
        ArrayNode capabilities = staticNat.putArray("capability");
        capabilities.addObject().put("name", "ElasticIp").put("value", "true").put("canchooseservicecapability", false);
        capabilities.addObject().put("name", "AssociatePublicIP").put("value", "true")
                .put("canchooseservicecapability", false);
        return node;
    }

    static String netmask(String cidr) {
        int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        return FakeState.text(0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL);
    }

    /**
     * @param inJob    as a rule-change job answers it: rules without tags, no machine count
     */
    static ObjectNode group(Group group, List<Rule> ingress, List<Rule> egress, int machines, boolean inJob) {
        ObjectNode node = Recorded.SECURITY_GROUP.copy().put("id", group.id).put("name", group.name)
                .put("description", group.description);
        owner(node, group.owner);
        ArrayNode in = node.putArray("ingressrule");
        ingress.forEach(rule -> in.add(rule(rule, inJob)));
        ArrayNode out = node.putArray("egressrule");
        egress.forEach(rule -> out.add(rule(rule, inJob)));
        if (inJob) {
            node.remove("virtualmachinecount");
        } else {
            node.put("virtualmachinecount", machines);
        }
        return node;
    }

    /** A group as a VM lists it: no rules, no domain. */
    static ObjectNode groupOfVm(Group group) {
        ObjectNode node = JSON.createObjectNode().put("id", group.id).put("name", group.name)
                .put("description", group.description).put("account", group.owner.name);
        node.putArray("ingressrule");
        node.putArray("egressrule");
        node.putArray("tags");
        node.putArray("virtualmachineids");
        return node;
    }

    private static ObjectNode rule(Rule rule, boolean inJob) {
        ObjectNode node = JSON.createObjectNode().put("ruleid", rule.id).put("protocol", rule.protocol);
        if (rule.icmpType != null) {
            node.put("icmptype", rule.icmpType).put("icmpcode", rule.icmpCode);
        } else {
            node.put("startport", rule.startPort).put("endport", rule.endPort);
        }
        if (rule.cidr != null) {
            node.put("cidr", rule.cidr);
        } else {
            node.put("securitygroupname", rule.groupName).put("account", rule.groupAccount);
        }
        if (!inJob) {
            node.putArray("tags");
        }
        return node;
    }

    static ObjectNode keyPair(KeyPair key) {
        ObjectNode node = Recorded.KEY_PAIR.copy().put("id", key.id).put("name", key.name)
                .put("fingerprint", key.fingerprint);
        owner(node, key.owner);
        return node;
    }

    static ObjectNode ip(PublicIp ip) {
        ObjectNode node = (ip.vm == null ? Recorded.FREE_IP : Recorded.STATIC_NAT_IP).copy().put("id", ip.id)
                .put("ipaddress", ip.address).put("allocated", time(ip.allocated)).put("zoneid", ip.zone.id())
                .put("zonename", ip.zone.name()).put("issourcenat", false).put("issystem", ip.system)
                .put("isstaticnat", ip.vm != null).put("associatednetworkid", ip.zone.networkId())
                .put("associatednetworkname", ip.zone.name() + " guest network").put("state", ip.state);
        owner(node, ip.owner);
        if (ip.vm != null) {
            node.put("virtualmachineid", ip.vm.id).put("vmipaddress", ip.vm.ip).put("virtualmachinename", ip.vm.name)
                    .put("virtualmachinedisplayname", ip.vm.name);
        }
        return node;
    }

    static ObjectNode job(FakeJobs.Job job) {
        Recorded base = switch (job.status) {
            case 0 -> Recorded.PENDING_JOB;
            case 1 -> Recorded.DONE_JOB;
            default -> Recorded.FAILED_JOB;
        };
        ObjectNode node = base.copy().put("accountid", job.account.id).put("account", job.account.name)
                .put("domainid", FakeState.DOMAIN_ID).put("cmd", job.cmd).put("jobresultcode", job.resultCode)
                .put("created", time(job.created)).put("jobid", job.id).put("jobstatus", job.status);
        if (job.instanceId != null) {
            node.put("jobinstancetype", job.instanceType).put("jobinstanceid", job.instanceId);
        } else {
            node.remove("jobinstancetype");
            node.remove("jobinstanceid");
        }
        if (job.status != 0) {
            node.put("completed", time(job.completed)).set("jobresult", job.result);
        }
        return node;
    }
}
