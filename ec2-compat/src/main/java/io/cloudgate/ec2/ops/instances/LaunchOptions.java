package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.MachineType;
import io.cloudgate.ec2.ops.instances.InstanceRecord.Hardware;
import io.cloudgate.ec2.ops.instances.InstanceRecord.MetadataSettings;
import io.cloudgate.ec2.ops.instances.InstanceRecord.Protection;
import io.cloudgate.ec2.ops.instances.InstanceRecord.Settings;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.PrivateDnsNameOptionsRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;

/** The EC2-only attributes a RunInstances request sets, validated, ready to become each instance's record. */
record LaunchOptions(String clientToken, String launchTemplateId, String launchTemplateVersion,
                     Protection protection, MetadataSettings metadata, Settings settings, Hardware hardware) {

    /**
     * @param hostnameType       the subnet's hostname type, used unless the request names one
     * @param launchTemplateId   the template launched from, or null
     */
    static LaunchOptions from(RunInstancesRequest request, MachineType type, String hostnameType,
                              String launchTemplateId, String launchTemplateVersion) {
        Protection protection = new Protection(Boolean.TRUE.equals(request.disableApiTermination()),
                Boolean.TRUE.equals(request.disableApiStop()), shutdownBehavior(request));
        String cpuCredits = LaunchDefaults.cpuCredits(type.name(), type.burstable());
        if (type.burstable() && request.creditSpecification() != null
                && request.creditSpecification().cpuCredits() != null) {
            cpuCredits = cpuCredits(request.creditSpecification().cpuCredits());
        }
        PrivateDnsNameOptionsRequest dns = request.privateDnsNameOptions();
        Settings settings = new Settings(
                request.monitoring() != null && Boolean.TRUE.equals(request.monitoring().enabled()),
                Boolean.TRUE.equals(request.ebsOptimized()), true, true, cpuCredits,
                request.maintenanceOptions() == null || request.maintenanceOptions().autoRecovery() == null
                        ? "default" : request.maintenanceOptions().autoRecoveryAsString(),
                dns == null || dns.hostnameType() == null ? hostnameType : dns.hostnameTypeAsString(),
                dns != null && Boolean.TRUE.equals(dns.enableResourceNameDnsARecord()),
                dns != null && Boolean.TRUE.equals(dns.enableResourceNameDnsAAAARecord()));
        boolean hibernation = request.hibernationOptions() != null
                && Boolean.TRUE.equals(request.hibernationOptions().configured());
        return new LaunchOptions(request.clientToken(), launchTemplateId, launchTemplateVersion, protection,
                metadata(request.metadataOptions()), settings, hardware(request, type, hibernation));
    }

    InstanceRecord toRecord(String instanceId, String machineId, String reservationId, int launchIndex,
                            String networkInterfaceId) {
        return new InstanceRecord(instanceId, machineId, reservationId, launchIndex, clientToken, networkInterfaceId,
                launchTemplateId, launchTemplateVersion, protection, metadata, settings, hardware);
    }

    static String cpuCredits(String value) {
        if (!Set.of("standard", "unlimited").contains(value)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value
                    + ") for parameter cpuCredits is invalid. Valid values are standard and unlimited.");
        }
        return value;
    }

    private static String shutdownBehavior(RunInstancesRequest request) {
        String value = request.instanceInitiatedShutdownBehaviorAsString();
        if (value == null) {
            return "stop";
        }
        return shutdownBehavior(value);
    }

    static String shutdownBehavior(String value) {
        if (!value.equals("stop") && !value.equals("terminate")) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value
                    + ") for parameter instanceInitiatedShutdownBehavior is invalid. Valid values are stop and "
                    + "terminate.");
        }
        return value;
    }

    /** IMDS settings from a request (RunInstances or ModifyInstanceMetadataOptions) over current ones. */
    static MetadataSettings metadata(InstanceMetadataOptionsRequest options) {
        MetadataSettings defaults = MetadataSettings.defaults();
        if (options == null) {
            return defaults;
        }
        return metadata(defaults, options.httpTokensAsString(), options.httpPutResponseHopLimit(),
                options.httpEndpointAsString(), options.httpProtocolIpv6AsString(),
                options.instanceMetadataTagsAsString());
    }

    static MetadataSettings metadata(MetadataSettings current, String tokens, Integer hopLimit, String endpoint,
                                     String ipv6, String tags) {
        if (hopLimit != null && (hopLimit < 1 || hopLimit > 64)) {
            throw AwsException.badRequest("InvalidParameterValue", "The HTTP PUT response hop limit must be "
                    + "between 1 and 64.");
        }
        return new MetadataSettings(
                oneOf(tokens, "httpTokens", current.httpTokens(), "optional", "required"),
                hopLimit == null ? current.httpPutResponseHopLimit() : hopLimit,
                oneOf(endpoint, "httpEndpoint", current.httpEndpoint(), "enabled", "disabled"),
                oneOf(ipv6, "httpProtocolIpv6", current.httpProtocolIpv6(), "enabled", "disabled"),
                oneOf(tags, "instanceMetadataTags", current.instanceMetadataTags(), "enabled", "disabled"));
    }

    private static String oneOf(String value, String parameter, String current, String... allowed) {
        if (value == null) {
            return current;
        }
        if (!Set.of(allowed).contains(value)) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + value + ") for parameter "
                    + parameter + " is invalid.");
        }
        return value;
    }

    private static Hardware hardware(RunInstancesRequest request, MachineType type, boolean hibernation) {
        Hardware standard = InstanceRecord.hardwareFor(type.vcpus(), hibernation);
        String tenancy = request.placement() == null ? null : request.placement().tenancyAsString();
        if (tenancy != null && !tenancy.equals("default")) {
            throw AwsException.badRequest("Unsupported", "The requested configuration is currently not supported. "
                    + "Please check the documentation for supported configurations.");
        }
        if (request.cpuOptions() == null) {
            return standard;
        }
        int cores = request.cpuOptions().coreCount() == null ? standard.coreCount() : request.cpuOptions().coreCount();
        int threads = request.cpuOptions().threadsPerCore() == null ? standard.threadsPerCore()
                : request.cpuOptions().threadsPerCore();
        if (cores < 1 || threads < 1 || threads > 2 || cores * threads > type.vcpus()) {
            throw AwsException.badRequest("InvalidCpuOptions.Malformed", "The specified CPU options are not valid "
                    + "for instance type " + type.name() + ".");
        }
        return new Hardware(cores, threads, hibernation, "default");
    }
}
