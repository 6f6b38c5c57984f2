package io.cloudgate.route53.records;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.zones.ChangeLog;
import io.cloudgate.route53.zones.HostedZones;
import io.cloudgate.route53.zones.ZoneRecord;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;

/** ChangeResourceRecordSets and ListResourceRecordSets. */
public final class RecordOperations {
    private static final String RRSET = "/2013-04-01/hostedzone/{Id}/rrset";
    private static final int LIST_LIMIT = 300;

    private final HostedZones zones;
    private final Function<String, ChangeBatch.References> references;

    /** @param references what a batch of the given account may refer to (health checks, alias targets) */
    private RecordOperations(HostedZones zones, Function<String, ChangeBatch.References> references) {
        this.zones = zones;
        this.references = references;
    }

    public static List<BoundOperation> all(HostedZones zones, Function<String, ChangeBatch.References> references) {
        RecordOperations handlers = new RecordOperations(zones, references);
        return List.of(
                BoundOperation.of(operation("ChangeResourceRecordSets", ChangeResourceRecordSetsRequest::builder,
                        ChangeResourceRecordSetsResponse::builder, new HttpBinding("POST", RRSET, 200)),
                        handlers::change),
                BoundOperation.of(operation("ListResourceRecordSets", ListResourceRecordSetsRequest::builder,
                        ListResourceRecordSetsResponse::builder, new HttpBinding("GET", RRSET, 200)),
                        handlers::list));
    }

    ChangeResourceRecordSetsResponse change(ChangeResourceRecordSetsRequest request, RequestContext context) {
        String account = context.principal().accountId();
        ZoneRecord zone = zones.get(account, request.hostedZoneId());
        if (request.changeBatch() == null) {
            throw Route53Errors.invalidInput("1 validation error detected: Value null at 'changeBatch' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        ChangeBatch batch = new ChangeBatch(zone.id(), zone.name(), references.apply(account));
        ChangeLog.ChangeRecord change = zones.change(account, zone.id(), request.changeBatch().comment(),
                sets -> batch.apply(sets, request.changeBatch().changes()));
        return ChangeResourceRecordSetsResponse.builder().changeInfo(ChangeLog.info(change, false)).build();
    }

    ListResourceRecordSetsResponse list(ListResourceRecordSetsRequest request, RequestContext context) {
        ZoneRecord zone = zones.get(context.principal().accountId(), request.hostedZoneId());
        int max = maxItems(request.maxItems());
        if (request.startRecordType() != null && request.startRecordName() == null) {
            throw Route53Errors.invalidInput("The input is not valid: StartRecordType requires StartRecordName.");
        }
        if (request.startRecordIdentifier() != null && request.startRecordType() == null) {
            throw Route53Errors.invalidInput("The input is not valid: StartRecordIdentifier requires "
                    + "StartRecordType.");
        }
        String name = request.startRecordName() == null ? null : canonical(request.startRecordName());
        String type = request.startRecordTypeAsString() == null ? null
                : request.startRecordTypeAsString().toUpperCase(Locale.ROOT);
        List<StoredRecordSet> all = zones.recordSets(zone.id()).stream().sorted(RecordOrder.AWS)
                .filter(set -> name == null || RecordOrder.atOrAfter(set, name, type, request.startRecordIdentifier()))
                .toList();
        boolean truncated = all.size() > max;
        ListResourceRecordSetsResponse.Builder response = ListResourceRecordSetsResponse.builder()
                .resourceRecordSets(all.subList(0, Math.min(max, all.size())).stream()
                        .map(RecordSetMapping::toSdk).toList())
                .isTruncated(truncated)
                .maxItems(Integer.toString(max));
        if (truncated) {
            StoredRecordSet next = all.get(max);
            response.nextRecordName(next.name()).nextRecordType(next.type())
                    .nextRecordIdentifier(next.setIdentifier());
        }
        return response.build();
    }

    private static int maxItems(String text) {
        if (text == null) {
            return LIST_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 1) {
                throw Route53Errors.invalidInput("MaxItems must be a positive integer: " + text);
            }
            return Math.min(value, LIST_LIMIT);
        } catch (NumberFormatException e) {
            throw Route53Errors.invalidInput("MaxItems must be a number: " + text);
        }
    }

    private static String canonical(String name) {
        try {
            return DnsNames.canonical(name);
        } catch (DnsNames.NameProblem e) {
            throw Route53Errors.invalidInput("The input is not valid: " + e.getMessage());
        }
    }
}
