package io.cloudgate.compute.cloudstack.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fake's resources: plain mutable records of what a management server keeps, guarded by the state's lock. */
final class FakeEntities {
    private FakeEntities() {
    }

    static final class Account {
        final String id;
        final String name;
        final String domainId;
        String defaultGroupId;

        Account(String id, String name, String domainId) {
            this.id = id;
            this.name = name;
            this.domainId = domainId;
        }
    }

    /**
     * A zone with security groups and one shared guest network that also has the Elastic IP service, or (no
     * security groups, no shared network: networkId, cidr and gateway null) an advanced zone where VPCs live.
     */
    record Zone(String id, String name, String networkId, String cidr, String gateway, String publicPrefix,
                boolean securityGroups) {
    }

    /** A VPC of an account, in one zone. */
    static final class Vpc {
        String id;
        String name;
        String displayText;
        String cidr;
        Zone zone;
        Account owner;
        Instant created;
    }

    /** A VPC tier: an isolated network of a VPC, with its range, gateway (its first host) and ACL list. */
    static final class Tier {
        String id;
        String name;
        String displayText;
        Vpc vpc;
        String cidr;
        String gateway;
        String aclId;
        Account owner;
    }

    record ServiceOffering(String id, String name, int cpus, int memoryMib) {
    }

    /** A disk offering; a customized one takes the size (GiB) from the request, a custom-IOPS one its IOPS. */
    record DiskOffering(String id, String name, int sizeGib, boolean customized, boolean customIops) {
    }

    static final class Template {
        String id;
        String name;
        String displayText;
        /** null for the cloud's own (BUILTIN) templates */
        Account owner;
        boolean isPublic;
        boolean featured;
        String arch;
        long size;
        final Set<String> zoneIds = new LinkedHashSet<>();
        boolean ready;
        final Set<String> sharedWith = new LinkedHashSet<>();
        Instant created;
        String sourceTemplateId;
    }

    static final class Vm {
        String id;
        String name;
        Account owner;
        Zone zone;
        String state;
        ServiceOffering offering;
        Template template;
        String ip;
        /** the VPC tier its NIC is on, or null for the zone's shared network */
        Tier tier;
        String keyPair;
        String userData;
        List<String> groupIds = new ArrayList<>();
        Instant created;
        Instant lastUpdated;
        String nicId;
        String mac;
        String instanceName;
        /** the deploy job while it runs: CloudStack lists a deploying VM with its job */
        String deployJobId;
        /** when it last started: its statistics count from then on; null while it is not on a host */
        Instant countersSince;
    }

    static final class Volume {
        String id;
        String name;
        Account owner;
        Zone zone;
        boolean root;
        long size;
        String state;
        Vm vm;
        Integer deviceId;
        DiskOffering offering;
        Long minIops;
        Long maxIops;
        Instant created;
        Instant attached;
        String snapshotId;
        /** the ROOT volume's template */
        Template template;
    }

    static final class Snapshot {
        String id;
        String name;
        Account owner;
        Zone zone;
        String volumeId;
        String volumeName;
        String volumeType;
        long size;
        String state;
        Instant created;
    }

    static final class Group {
        String id;
        String name;
        String description;
        Account owner;
        final List<Rule> ingress = new ArrayList<>();
        final List<Rule> egress = new ArrayList<>();
    }

    /** One rule: a CIDR or another group (by name and account), ports or ICMP type/code. */
    static final class Rule {
        String id;
        String protocol;
        Integer startPort;
        Integer endPort;
        Integer icmpType;
        Integer icmpCode;
        String cidr;
        String groupName;
        String groupAccount;

        boolean sameAs(Rule other) {
            return java.util.Objects.equals(protocol, other.protocol)
                    && java.util.Objects.equals(startPort, other.startPort)
                    && java.util.Objects.equals(endPort, other.endPort)
                    && java.util.Objects.equals(icmpType, other.icmpType)
                    && java.util.Objects.equals(icmpCode, other.icmpCode)
                    && java.util.Objects.equals(cidr, other.cidr)
                    && java.util.Objects.equals(groupName, other.groupName)
                    && java.util.Objects.equals(groupAccount, other.groupAccount);
        }
    }

    static final class KeyPair {
        String id;
        String name;
        Account owner;
        String fingerprint;
    }

    /** A public IP; a system one is the automatic elastic IP a VM gets when it starts. */
    static final class PublicIp {
        String id;
        String address;
        Zone zone;
        Account owner;
        boolean system;
        Vm vm;
        Instant allocated;
        String state;
    }
}
