package io.cloudgate.route53.health;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;
import static io.cloudgate.route53.health.HealthCheckErrors.constraint;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.protocol.schema.HttpBinding;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesRequest;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusResponse;
import software.amazon.awssdk.services.route53.model.ListHealthChecksRequest;
import software.amazon.awssdk.services.route53.model.ListHealthChecksResponse;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckResponse;

/** The health check operations with their restXml bindings (from the Route 53 API reference), and shared checks. */
final class HealthCheckOperations {
    private static final String BASE = "/2013-04-01/";
    private static final String ONE = BASE + "healthcheck/{HealthCheckId}";

    private HealthCheckOperations() {
    }

    static List<BoundOperation> all(CheckRepository repository, ProbeStates states, Verdicts verdicts,
                                    Supplier<BiPredicate<String, String>> referencedByRecords) {
        HealthCheckReads reads = new HealthCheckReads(repository);
        HealthCheckObservations observations = new HealthCheckObservations(repository, states);
        return List.of(
                BoundOperation.of(operation("CreateHealthCheck", CreateHealthCheckRequest::builder,
                        CreateHealthCheckResponse::builder, new HttpBinding("POST", BASE + "healthcheck", 201)),
                        new CreateHealthCheck(repository, verdicts)),
                BoundOperation.of(operation("GetHealthCheck", GetHealthCheckRequest::builder,
                        GetHealthCheckResponse::builder, new HttpBinding("GET", ONE, 200)), reads::get),
                BoundOperation.of(operation("ListHealthChecks", ListHealthChecksRequest::builder,
                        ListHealthChecksResponse::builder, new HttpBinding("GET", BASE + "healthcheck", 200)),
                        reads::list),
                BoundOperation.of(operation("UpdateHealthCheck", UpdateHealthCheckRequest::builder,
                        UpdateHealthCheckResponse::builder, new HttpBinding("POST", ONE, 200)),
                        new UpdateHealthCheck(repository, verdicts)),
                BoundOperation.of(operation("DeleteHealthCheck", DeleteHealthCheckRequest::builder,
                        DeleteHealthCheckResponse::builder, new HttpBinding("DELETE", ONE, 200)),
                        new DeleteHealthCheck(repository, states, verdicts, referencedByRecords)),
                BoundOperation.of(operation("GetHealthCheckStatus", GetHealthCheckStatusRequest::builder,
                        GetHealthCheckStatusResponse::builder, new HttpBinding("GET", ONE + "/status", 200)),
                        observations::status),
                BoundOperation.of(operation("GetHealthCheckLastFailureReason",
                        GetHealthCheckLastFailureReasonRequest::builder,
                        GetHealthCheckLastFailureReasonResponse::builder,
                        new HttpBinding("GET", ONE + "/lastfailurereason", 200)), observations::lastFailure),
                BoundOperation.of(operation("GetHealthCheckCount", GetHealthCheckCountRequest::builder,
                        GetHealthCheckCountResponse::builder, new HttpBinding("GET", BASE + "healthcheckcount", 200)),
                        reads::count),
                BoundOperation.of(operation("GetCheckerIpRanges", GetCheckerIpRangesRequest::builder,
                        GetCheckerIpRangesResponse::builder, new HttpBinding("GET", BASE + "checkeripranges", 200)),
                        observations::checkerIpRanges));
    }

    static String requireId(String id) {
        if (id == null || id.isEmpty()) {
            throw constraint(id == null ? "null" : id, "healthCheckId", "Member must not be null");
        }
        if (id.length() > 64) {
            throw constraint(id, "healthCheckId", "Member must have length less than or equal to 64");
        }
        return id;
    }

    /** A calculated check's children must be checks of the same account. */
    static void requireChildren(CheckRepository repository, String account, CheckConfig config) {
        for (String child : config.childHealthChecks()) {
            if (repository.find(account, child).isEmpty()) {
                throw HealthCheckErrors.invalidParameter("The child health check " + child + " does not exist.");
            }
        }
    }
}
