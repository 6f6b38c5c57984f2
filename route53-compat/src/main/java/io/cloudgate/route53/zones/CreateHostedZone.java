package io.cloudgate.route53.zones;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Errors;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.VPC;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/**
 * CreateHostedZone: a public zone, or a private one associated with a VPC (whose id is only checked for shape:
 * VPCs belong to EC2). The caller reference is claimed with a conditional write, so a repeat answers
 * HostedZoneAlreadyExists as AWS does.
 */
final class CreateHostedZone implements Operation<CreateHostedZoneRequest, CreateHostedZoneResponse> {
    static final int ZONES_PER_ACCOUNT = 500;
    private static final Pattern VPC_ID = Pattern.compile("vpc-([0-9a-f]{8}|[0-9a-f]{17})");

    private final HostedZones zones;

    CreateHostedZone(HostedZones zones) {
        this.zones = zones;
    }

    @Override
    public CreateHostedZoneResponse handle(CreateHostedZoneRequest request, RequestContext context) {
        String account = context.principal().accountId();
        if (request.callerReference() == null || request.callerReference().isEmpty()
                || request.callerReference().length() > 128) {
            throw Route53Errors.invalidInput("1 validation error detected: Value at 'callerReference' failed to "
                    + "satisfy constraint: Member must have length between 1 and 128");
        }
        String name;
        try {
            name = DnsNames.canonical(request.name());
        } catch (DnsNames.NameProblem e) {
            throw AwsException.badRequest("InvalidDomainName", "The domain name is invalid: " + e.getMessage());
        }
        if (name.equals(".")) {
            throw AwsException.badRequest("InvalidDomainName", request.name() + " is reserved by AWS!");
        }
        List<ZoneRecord.Vpc> vpcs = request.vpc() == null ? List.of() : List.of(vpc(request.vpc(), context));
        boolean privateConfig = request.hostedZoneConfig() != null
                && Boolean.TRUE.equals(request.hostedZoneConfig().privateZone());
        if (privateConfig && vpcs.isEmpty()) {
            throw Route53Errors.invalidInput("When you're creating a private hosted zone (when you specify true for "
                    + "PrivateZone), you must also specify values for VPCId and VPCRegion.");
        }
        if (zones.all(account).size() >= ZONES_PER_ACCOUNT) {
            throw AwsException.badRequest("TooManyHostedZones", "This operation can't be completed either because "
                    + "the current account has reached the limit on the number of hosted zones or because "
                    + "the hosted zones limit has been reached for the delegation set.");
        }
        String comment = request.hostedZoneConfig() == null ? null : request.hostedZoneConfig().comment();
        HostedZones.Created created = zones.create(account, name, request.callerReference(), comment, vpcs);
        ZoneRecord zone = created.zone();
        CreateHostedZoneResponse.Builder response = CreateHostedZoneResponse.builder()
                .hostedZone(ZoneViews.hostedZone(zone, 2))
                .changeInfo(ChangeLog.info(created.change(), false))
                .location("https://route53.amazonaws.com/2013-04-01/hostedzone/" + zone.id());
        if (zone.privateZone()) {
            response.vpc(ZoneViews.vpc(zone.vpcs().getFirst()));
        } else {
            response.delegationSet(ZoneViews.delegationSet(zone));
        }
        return response.build();
    }

    private static ZoneRecord.Vpc vpc(VPC vpc, RequestContext context) {
        if (vpc.vpcId() == null || !VPC_ID.matcher(vpc.vpcId()).matches()) {
            throw AwsException.badRequest("InvalidVPCId", "The VPC ID is invalid.");
        }
        String region = vpc.vpcRegionAsString() == null ? context.region() : vpc.vpcRegionAsString();
        if (VPCRegion.fromValue(region) == VPCRegion.UNKNOWN_TO_SDK_VERSION) {
            throw Route53Errors.invalidInput("1 validation error detected: Value '" + region + "' at "
                    + "'vPC.vPCRegion' failed to satisfy constraint: Member must satisfy enum value set");
        }
        return new ZoneRecord.Vpc(vpc.vpcId(), region);
    }
}
