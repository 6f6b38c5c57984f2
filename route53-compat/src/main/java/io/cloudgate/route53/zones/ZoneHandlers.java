package io.cloudgate.route53.zones;

import io.cloudgate.api.RequestContext;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.core.Route53Ids;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.route53.model.DeleteHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.DeleteHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.GetChangeRequest;
import software.amazon.awssdk.services.route53.model.GetChangeResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesByNameResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneCommentRequest;
import software.amazon.awssdk.services.route53.model.UpdateHostedZoneCommentResponse;

/** The hosted zone operations other than CreateHostedZone, and GetChange. */
final class ZoneHandlers {
    private static final int LIST_LIMIT = 100;
    private static final Comparator<ZoneRecord> BY_NAME = Comparator.comparing(ZoneRecord::name,
            DnsNames.REVERSED_LABELS).thenComparing(ZoneRecord::id);

    private final HostedZones zones;
    private final ChangeLog changes;

    ZoneHandlers(HostedZones zones, ChangeLog changes) {
        this.zones = zones;
        this.changes = changes;
    }

    GetHostedZoneResponse get(GetHostedZoneRequest request, RequestContext context) {
        ZoneRecord zone = zones.get(account(context), request.id());
        GetHostedZoneResponse.Builder response = GetHostedZoneResponse.builder()
                .hostedZone(ZoneViews.hostedZone(zone, zones.recordSets(zone.id()).size()));
        if (zone.privateZone()) {
            response.vpCs(zone.vpcs().stream().map(ZoneViews::vpc).toList());
        } else {
            response.delegationSet(ZoneViews.delegationSet(zone));
        }
        return response.build();
    }

    ListHostedZonesResponse list(ListHostedZonesRequest request, RequestContext context) {
        int max = ZoneViews.maxItems(request.maxItems(), LIST_LIMIT, LIST_LIMIT);
        List<ZoneRecord> all = zones.all(account(context)).stream()
                .filter(zone -> request.marker() == null || zone.id().compareTo(request.marker()) >= 0)
                .toList();
        List<ZoneRecord> page = all.subList(0, Math.min(max, all.size()));
        return ListHostedZonesResponse.builder()
                .hostedZones(page.stream().map(this::view).toList())
                .marker(request.marker())
                .isTruncated(all.size() > max)
                .nextMarker(all.size() > max ? all.get(max).id() : null)
                .maxItems(Integer.toString(max))
                .build();
    }

    ListHostedZonesByNameResponse listByName(ListHostedZonesByNameRequest request, RequestContext context) {
        if (request.hostedZoneId() != null && request.dnsName() == null) {
            throw Route53Errors.invalidInput("The parameter HostedZoneId is only valid together with DNSName.");
        }
        int max = ZoneViews.maxItems(request.maxItems(), LIST_LIMIT, LIST_LIMIT);
        String startName = request.dnsName() == null ? null : canonicalOrInvalid(request.dnsName());
        String startId = request.hostedZoneId() == null ? null : Route53Ids.bare(request.hostedZoneId());
        List<ZoneRecord> all = zones.all(account(context)).stream().sorted(BY_NAME)
                .filter(zone -> startName == null || atOrAfter(zone, startName, startId))
                .toList();
        List<ZoneRecord> page = all.subList(0, Math.min(max, all.size()));
        boolean truncated = all.size() > max;
        return ListHostedZonesByNameResponse.builder()
                .hostedZones(page.stream().map(this::view).toList())
                .dnsName(request.dnsName())
                .hostedZoneId(request.hostedZoneId())
                .isTruncated(truncated)
                .nextDNSName(truncated ? all.get(max).name() : null)
                .nextHostedZoneId(truncated ? all.get(max).id() : null)
                .maxItems(Integer.toString(max))
                .build();
    }

    GetHostedZoneCountResponse count(GetHostedZoneCountRequest request, RequestContext context) {
        return GetHostedZoneCountResponse.builder().hostedZoneCount((long) zones.all(account(context)).size())
                .build();
    }

    UpdateHostedZoneCommentResponse updateComment(UpdateHostedZoneCommentRequest request, RequestContext context) {
        ZoneRecord zone = zones.updateComment(account(context), request.id(), request.comment());
        return UpdateHostedZoneCommentResponse.builder().hostedZone(view(zone)).build();
    }

    DeleteHostedZoneResponse delete(DeleteHostedZoneRequest request, RequestContext context) {
        ChangeLog.ChangeRecord change = zones.delete(account(context), request.id());
        return DeleteHostedZoneResponse.builder().changeInfo(ChangeLog.info(change, false)).build();
    }

    GetChangeResponse getChange(GetChangeRequest request, RequestContext context) {
        String id = Route53Ids.bare(request.id());
        ChangeLog.ChangeRecord change = changes.get(account(context), id)
                .orElseThrow(() -> Route53Errors.noSuchChange(id));
        return GetChangeResponse.builder().changeInfo(ChangeLog.info(change, zones.inSync(change))).build();
    }

    private software.amazon.awssdk.services.route53.model.HostedZone view(ZoneRecord zone) {
        return ZoneViews.hostedZone(zone, zones.recordSets(zone.id()).size());
    }

    private static boolean atOrAfter(ZoneRecord zone, String name, String id) {
        int byName = DnsNames.REVERSED_LABELS.compare(zone.name(), name);
        return byName > 0 || byName == 0 && (id == null || zone.id().compareTo(id) >= 0);
    }

    private static String canonicalOrInvalid(String name) {
        try {
            return DnsNames.canonical(name);
        } catch (DnsNames.NameProblem e) {
            throw Route53Errors.invalidInput("The domain name is invalid: " + e.getMessage());
        }
    }

    private static String account(RequestContext context) {
        return context.principal().accountId();
    }
}
