package io.cloudgate.route53.zones;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.protocol.schema.HttpBinding;
import java.util.List;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
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

/** The hosted zone operations and GetChange, with their HTTP bindings from the Route 53 API reference. */
public final class ZoneOperations {
    private static final String ZONE = "/2013-04-01/hostedzone/{Id}";

    private ZoneOperations() {
    }

    public static List<BoundOperation> all(HostedZones zones, ChangeLog changes) {
        ZoneHandlers handlers = new ZoneHandlers(zones, changes);
        return List.of(
                BoundOperation.of(operation("CreateHostedZone", CreateHostedZoneRequest::builder,
                        CreateHostedZoneResponse::builder, new HttpBinding("POST", "/2013-04-01/hostedzone", 201)),
                        new CreateHostedZone(zones)),
                BoundOperation.of(operation("GetHostedZone", GetHostedZoneRequest::builder,
                        GetHostedZoneResponse::builder, new HttpBinding("GET", ZONE, 200)), handlers::get),
                BoundOperation.of(operation("ListHostedZones", ListHostedZonesRequest::builder,
                        ListHostedZonesResponse::builder, new HttpBinding("GET", "/2013-04-01/hostedzone", 200)),
                        handlers::list),
                BoundOperation.of(operation("ListHostedZonesByName", ListHostedZonesByNameRequest::builder,
                        ListHostedZonesByNameResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/hostedzonesbyname", 200)), handlers::listByName),
                BoundOperation.of(operation("GetHostedZoneCount", GetHostedZoneCountRequest::builder,
                        GetHostedZoneCountResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/hostedzonecount", 200)), handlers::count),
                BoundOperation.of(operation("UpdateHostedZoneComment", UpdateHostedZoneCommentRequest::builder,
                        UpdateHostedZoneCommentResponse::builder, new HttpBinding("POST", ZONE, 200)),
                        handlers::updateComment),
                BoundOperation.of(operation("DeleteHostedZone", DeleteHostedZoneRequest::builder,
                        DeleteHostedZoneResponse::builder, new HttpBinding("DELETE", ZONE, 200)), handlers::delete),
                BoundOperation.of(operation("GetChange", GetChangeRequest::builder, GetChangeResponse::builder,
                        new HttpBinding("GET", "/2013-04-01/change/{Id}", 200)), handlers::getChange));
    }
}
