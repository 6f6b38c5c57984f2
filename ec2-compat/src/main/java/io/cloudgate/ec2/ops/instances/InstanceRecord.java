package io.cloudgate.ec2.ops.instances;

/**
 * What EC2 knows about an instance that the compute port does not: launch facts (reservation, launch
 * index, client token, network interface ids) and the attributes only EC2 has. Machines the gateway did
 * not launch get {@link #adopted} defaults until someone changes one of their attributes. The instance id
 * and machine id come first: listings read only those two of records they do not show.
 */
public record InstanceRecord(String instanceId, String machineId, String reservationId, int launchIndex,
                             String clientToken, String networkInterfaceId, String launchTemplateId,
                             String launchTemplateVersion, Protection protection, MetadataSettings metadata,
                             Settings settings, Hardware hardware) {

    /** Termination and stop protection, and what a shutdown from inside the instance does. */
    public record Protection(boolean disableApiTermination, boolean disableApiStop, String shutdownBehavior) {
        public Protection withDisableApiTermination(boolean value) {
            return new Protection(value, disableApiStop, shutdownBehavior);
        }

        public Protection withDisableApiStop(boolean value) {
            return new Protection(disableApiTermination, value, shutdownBehavior);
        }

        public Protection withShutdownBehavior(String value) {
            return new Protection(disableApiTermination, disableApiStop, value);
        }
    }

    /** The instance metadata service options (IMDS). */
    public record MetadataSettings(String httpTokens, int httpPutResponseHopLimit, String httpEndpoint,
                                   String httpProtocolIpv6, String instanceMetadataTags) {
        static MetadataSettings defaults() {
            return new MetadataSettings("optional", 1, "enabled", "disabled", "disabled");
        }
    }

    /**
     * Attributes a client can change after launch.
     *
     * @param cpuCredits "standard" or "unlimited" for burstable types, null otherwise
     * @param autoRecovery "default" or "disabled"
     * @param hostnameType "ip-name" or "resource-name"
     */
    public record Settings(boolean monitoring, boolean ebsOptimized, boolean sourceDestCheck, boolean enaSupport,
                           String cpuCredits, String autoRecovery, String hostnameType, boolean dnsARecord,
                           boolean dnsAaaaRecord) {
        public Settings withMonitoring(boolean value) {
            return new Settings(value, ebsOptimized, sourceDestCheck, enaSupport, cpuCredits, autoRecovery,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withEbsOptimized(boolean value) {
            return new Settings(monitoring, value, sourceDestCheck, enaSupport, cpuCredits, autoRecovery,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withSourceDestCheck(boolean value) {
            return new Settings(monitoring, ebsOptimized, value, enaSupport, cpuCredits, autoRecovery,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withEnaSupport(boolean value) {
            return new Settings(monitoring, ebsOptimized, sourceDestCheck, value, cpuCredits, autoRecovery,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withCpuCredits(String value) {
            return new Settings(monitoring, ebsOptimized, sourceDestCheck, enaSupport, value, autoRecovery,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withAutoRecovery(String value) {
            return new Settings(monitoring, ebsOptimized, sourceDestCheck, enaSupport, cpuCredits, value,
                    hostnameType, dnsARecord, dnsAaaaRecord);
        }

        public Settings withDnsNameOptions(String type, boolean aRecord, boolean aaaaRecord) {
            return new Settings(monitoring, ebsOptimized, sourceDestCheck, enaSupport, cpuCredits, autoRecovery,
                    type, aRecord, aaaaRecord);
        }
    }

    /** Fixed at launch: CPU topology, hibernation support and tenancy. */
    public record Hardware(int coreCount, int threadsPerCore, boolean hibernation, String tenancy) {
    }

    /** The record a machine has when the gateway did not launch it (or has not stored anything yet). */
    static InstanceRecord adopted(String instanceId, String machineId, String networkInterfaceId, int vcpus,
                                  String cpuCredits) {
        String reservationId = "r-" + instanceId.substring(instanceId.indexOf('-') + 1);
        return new InstanceRecord(instanceId, machineId, reservationId, 0, null, networkInterfaceId, null, null,
                new Protection(false, false, "stop"), MetadataSettings.defaults(),
                new Settings(false, false, true, true, cpuCredits, "default", "ip-name",
                        false, false),
                hardwareFor(vcpus, false));
    }

    /** One thread per core for single-vCPU types, two otherwise, as on current EC2 hardware. */
    static Hardware hardwareFor(int vcpus, boolean hibernation) {
        int threads = vcpus > 1 && vcpus % 2 == 0 ? 2 : 1;
        return new Hardware(Math.max(1, vcpus / threads), threads, hibernation, "default");
    }

    public InstanceRecord withProtection(Protection value) {
        return new InstanceRecord(instanceId, machineId, reservationId, launchIndex, clientToken, networkInterfaceId,
                launchTemplateId, launchTemplateVersion, value, metadata, settings, hardware);
    }

    public InstanceRecord withMetadata(MetadataSettings value) {
        return new InstanceRecord(instanceId, machineId, reservationId, launchIndex, clientToken, networkInterfaceId,
                launchTemplateId, launchTemplateVersion, protection, value, settings, hardware);
    }

    public InstanceRecord withSettings(Settings value) {
        return new InstanceRecord(instanceId, machineId, reservationId, launchIndex, clientToken, networkInterfaceId,
                launchTemplateId, launchTemplateVersion, protection, metadata, value, hardware);
    }

    public InstanceRecord withHardware(Hardware value) {
        return new InstanceRecord(instanceId, machineId, reservationId, launchIndex, clientToken, networkInterfaceId,
                launchTemplateId, launchTemplateVersion, protection, metadata, settings, value);
    }
}
