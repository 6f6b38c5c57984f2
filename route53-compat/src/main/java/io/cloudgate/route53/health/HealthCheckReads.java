package io.cloudgate.route53.health;

import static io.cloudgate.route53.health.HealthCheckErrors.invalidInput;

import io.cloudgate.api.RequestContext;
import java.util.List;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckCountResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckResponse;
import software.amazon.awssdk.services.route53.model.ListHealthChecksRequest;
import software.amazon.awssdk.services.route53.model.ListHealthChecksResponse;

/** GetHealthCheck, ListHealthChecks (Marker is the id of the first check to return) and GetHealthCheckCount. */
final class HealthCheckReads {
    private static final int DEFAULT_MAX_ITEMS = 100;
    private static final int MAX_ITEMS = 1000;

    private final CheckRepository repository;

    HealthCheckReads(CheckRepository repository) {
        this.repository = repository;
    }

    GetHealthCheckResponse get(GetHealthCheckRequest request, RequestContext context) {
        String id = HealthCheckOperations.requireId(request.healthCheckId());
        StoredCheck check = repository.require(context.principal().accountId(), id);
        return GetHealthCheckResponse.builder().healthCheck(check.toSdk()).build();
    }

    ListHealthChecksResponse list(ListHealthChecksRequest request, RequestContext context) {
        int maxItems = maxItems(request.maxItems());
        List<StoredCheck> page = repository.page(context.principal().accountId(), request.marker(), maxItems + 1);
        boolean truncated = page.size() > maxItems;
        List<StoredCheck> shown = truncated ? page.subList(0, maxItems) : page;
        return ListHealthChecksResponse.builder()
                .healthChecks(shown.stream().map(StoredCheck::toSdk).toList())
                .marker(request.marker() == null ? "" : request.marker())
                .isTruncated(truncated)
                .nextMarker(truncated ? page.get(maxItems).id() : null)
                .maxItems(Integer.toString(maxItems))
                .build();
    }

    GetHealthCheckCountResponse count(GetHealthCheckCountRequest request, RequestContext context) {
        return GetHealthCheckCountResponse.builder()
                .healthCheckCount((long) repository.count(context.principal().accountId()))
                .build();
    }

    /** AWS answers at most 1,000 checks per page whatever MaxItems asks for. */
    private static int maxItems(String requested) {
        if (requested == null) {
            return DEFAULT_MAX_ITEMS;
        }
        try {
            int value = Integer.parseInt(requested.trim());
            if (value < 1) {
                throw invalidInput("MaxItems must be a positive integer: " + requested);
            }
            return Math.min(value, MAX_ITEMS);
        } catch (NumberFormatException e) {
            throw invalidInput("MaxItems must be a positive integer: " + requested);
        }
    }
}
