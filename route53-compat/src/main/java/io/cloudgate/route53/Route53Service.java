package io.cloudgate.route53;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.route53.answer.TestDnsAnswer;
import io.cloudgate.route53.limits.LimitOperations;
import io.cloudgate.route53.records.ChangeBatch;
import io.cloudgate.route53.records.RecordOperations;
import io.cloudgate.route53.records.StoredRecordSet;
import io.cloudgate.route53.serving.ZoneServing;
import io.cloudgate.route53.tags.TagOperations;
import io.cloudgate.route53.zones.ChangeLog;
import io.cloudgate.route53.zones.HostedZones;
import io.cloudgate.route53.zones.ZoneOperations;
import io.cloudgate.route53.zones.ZoneStore;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.Route53Client;

/** Amazon Route 53 (restXml): hosted zones and record sets served by the DNS port, tags, limits, health checks. */
public final class Route53Service {
    private Route53Service() {
    }

    public static AwsService create(Route53Context context) {
        ChangeLog changes = new ChangeLog(context.store(), context.clock());
        ZoneServing serving = new ZoneServing(context.dns(), context.health(), context.aliasTargets());
        HostedZones zones = new HostedZones(new ZoneStore(context.store()), changes, serving,
                context.nameServers(), context.clock());
        context.health().onChange((account, healthCheckId, healthy) -> zones.healthChanged(account, healthCheckId));
        context.recordUseOfChecks().accept(zones::usesHealthCheck);

        List<BoundOperation> operations = new ArrayList<>(ZoneOperations.all(zones, changes));
        operations.addAll(RecordOperations.all(zones, account -> references(context, account)));
        operations.addAll(TagOperations.all(context.store(), (account, id) -> exists(zones, account, id),
                context.healthCheckExists()));
        operations.addAll(LimitOperations.all(zones, context.healthCheckCount()));
        operations.add(TestDnsAnswer.operation(zones, () -> context.dns().endpoint()));
        operations.addAll(context.healthCheckOperations());
        return AwsService.of("route53", "2013-04-01", "https://route53.amazonaws.com/doc/2013-04-01/", null, false,
                List.of("restXml"), operations, AwsOperationNames.fromClient(Route53Client.class),
                ServiceErrors.query());
    }

    private static ChangeBatch.References references(Route53Context context, String account) {
        return new ChangeBatch.References() {
            @Override
            public boolean healthCheckExists(String healthCheckId) {
                return context.healthCheckExists().test(account, healthCheckId);
            }

            @Override
            public boolean externalAliasTargetExists(StoredRecordSet.Alias alias, String type) {
                return context.aliasTargets().resolve(account, alias, type).isPresent();
            }
        };
    }

    private static boolean exists(HostedZones zones, String account, String zoneId) {
        return zones.all(account).stream().anyMatch(zone -> zone.id().equals(zoneId));
    }
}
