package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects as the real server answered them (the recordings under {@code recordings/}), each in the state it
 * was recorded in, and the few the recordings lack as the API reference documents them ({@code documented/}). The fake starts every answer from a copy of one of these and sets the values it keeps, so its
 * field names, nesting and types are the server's.
 */
enum Recorded {
    ZONE("discovery/001-listZones.json", "listzonesresponse", "zone", "1"),
    SERVICE_OFFERING("discovery/003-listServiceOfferings.json", "listserviceofferingsresponse", "serviceoffering", "0"),
    DISK_OFFERING("discovery/004-listDiskOfferings.json", "listdiskofferingsresponse", "diskoffering", "3"),
    BUILTIN_TEMPLATE("discovery/005-listTemplates.json", "listtemplatesresponse", "template", "0"),
    USER_TEMPLATE("volumes_snapshots_images/064-queryAsyncJobResult.json", "queryasyncjobresultresponse", "jobresult",
            "template"),
    SHARED_NETWORK("discovery/010-listNetworks.json", "listnetworksresponse", "network", "0"),
    /** a VM being deployed: Stopped, with its deploy job */
    VM_DEPLOYING("vm_lifecycle_sg_zone/008-listVirtualMachines.json", "listvirtualmachinesresponse", "virtualmachine",
            "0"),
    /** a VM on a host (Starting, Running, Stopping) */
    VM_ON_HOST("vm_lifecycle_sg_zone/016-listVirtualMachines.json", "listvirtualmachinesresponse", "virtualmachine",
            "0"),
    /** a VM on no host (Stopped, Expunging) */
    VM_OFF_HOST("vm_lifecycle_sg_zone/039-listVirtualMachines.json", "listvirtualmachinesresponse", "virtualmachine",
            "0"),
    ROOT_VOLUME("errors/073-listVolumes.json", "listvolumesresponse", "volume", "0"),
    ATTACHED_DATA_VOLUME("errors/102-listVolumes.json", "listvolumesresponse", "volume", "0"),
    NEW_DATA_VOLUME("volumes_snapshots_images/010-listVolumes.json", "listvolumesresponse", "volume", "0"),
    DETACHED_DATA_VOLUME("volumes_snapshots_images/054-listVolumes.json", "listvolumesresponse", "volume", "0"),
    SNAPSHOT("volumes_snapshots_images/034-listSnapshots.json", "listsnapshotsresponse", "snapshot", "0"),
    SECURITY_GROUP("keys_and_sgs/032-listSecurityGroups.json", "listsecuritygroupsresponse", "securitygroup", "1"),
    KEY_PAIR("keys_and_sgs/004-listSSHKeyPairs.json", "listsshkeypairsresponse", "sshkeypair", "0"),
    STATIC_NAT_IP("vm_isolated_network/016-listPublicIpAddresses.json", "listpublicipaddressesresponse",
            "publicipaddress", "0"),
    FREE_IP("vm_isolated_network/014-queryAsyncJobResult.json", "queryasyncjobresultresponse", "jobresult",
            "ipaddress"),
    VPC("vm_isolated_network/062-listVPCs.json", "listvpcsresponse", "vpc", "0"),
    /** a VPC tier (isolated network with vpcid and aclid) */
    TIER("vm_isolated_network/058-listNetworks.json", "listnetworksresponse", "network", "0"),
    VPC_OFFERING("vm_isolated_network/047-listVPCOfferings.json", "listvpcofferingsresponse", "vpcoffering", "0"),
    TIER_OFFERING("vm_isolated_network/056-listNetworkOfferings.json", "listnetworkofferingsresponse",
            "networkoffering", "0"),
    /** default_allow, then default_deny */
    ACL_LISTS("vm_isolated_network/054-listNetworkACLLists.json", "listnetworkacllistsresponse"),
    CAPABILITIES("discovery/015-listCapabilities.json", "listcapabilitiesresponse", "capability"),
    /** not recorded: written from the API reference ({@code documented/}) */
    USAGE_HISTORY_VM("documented/listVirtualMachinesUsageHistory.json", "listvirtualmachinesusagehistoryresponse",
            "virtualmachine", "0"),
    USAGE_HISTORY_ENTRY("documented/listVirtualMachinesUsageHistory.json", "listvirtualmachinesusagehistoryresponse",
            "virtualmachine", "0", "stats", "0"),
    PENDING_JOB("vm_lifecycle_sg_zone/004-queryAsyncJobResult.json", "queryasyncjobresultresponse"),
    DONE_JOB("keys_and_sgs/016-queryAsyncJobResult.json", "queryasyncjobresultresponse"),
    FAILED_JOB("errors/087-queryAsyncJobResult.json", "queryasyncjobresultresponse");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();

    private final String file;
    private final String[] path;

    Recorded(String file, String... path) {
        this.file = file;
        this.path = path;
    }

    /** A fresh copy to fill in. */
    ObjectNode copy() {
        JsonNode node = FILES.computeIfAbsent(file, Recorded::load).path("response");
        for (String step : path) {
            node = step.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        if (!node.isObject()) {
            throw new IllegalStateException("No object at " + String.join("/", path) + " in " + file);
        }
        return ((ObjectNode) node).deepCopy();
    }

    private static JsonNode load(String file) {
        String resource = file.startsWith("documented/") ? file : "recordings/" + file;
        try (InputStream in = Recorded.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing recording " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
