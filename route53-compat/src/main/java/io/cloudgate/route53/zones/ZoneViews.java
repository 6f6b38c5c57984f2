package io.cloudgate.route53.zones;

import io.cloudgate.route53.core.Route53Errors;
import software.amazon.awssdk.services.route53.model.DelegationSet;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.HostedZoneConfig;
import software.amazon.awssdk.services.route53.model.VPC;

/** Stored zones as the SDK shapes them, and request parameters shared by the zone operations. */
final class ZoneViews {
    private ZoneViews() {
    }

    static HostedZone hostedZone(ZoneRecord zone, int recordSetCount) {
        return HostedZone.builder()
                .id("/hostedzone/" + zone.id())
                .name(zone.name())
                .callerReference(zone.callerReference())
                .config(HostedZoneConfig.builder().comment(zone.comment()).privateZone(zone.privateZone()).build())
                .resourceRecordSetCount((long) recordSetCount)
                .build();
    }

    /** The name servers without their trailing dot, as AWS lists them ("ns-2048.awsdns-64.com"). */
    static DelegationSet delegationSet(ZoneRecord zone) {
        return DelegationSet.builder().nameServers(zone.nameServers().stream()
                .map(server -> server.endsWith(".") ? server.substring(0, server.length() - 1) : server)
                .toList()).build();
    }

    static VPC vpc(ZoneRecord.Vpc vpc) {
        return VPC.builder().vpcId(vpc.id()).vpcRegion(vpc.region()).build();
    }

    /** MaxItems (a string in Route 53's model): default when absent, 1..limit. */
    static int maxItems(String text, int defaultValue, int limit) {
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 1) {
                throw Route53Errors.invalidInput("1 validation error detected: Value '" + text + "' at 'maxItems' "
                        + "failed to satisfy constraint: Member must be a positive integer");
            }
            return Math.min(value, limit);
        } catch (NumberFormatException e) {
            throw Route53Errors.invalidInput("MaxItems must be a number: " + text);
        }
    }
}
