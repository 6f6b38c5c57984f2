package io.cloudgate.route53.health;

import io.cloudgate.api.RequestContext;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesRequest;
import software.amazon.awssdk.services.route53.model.GetCheckerIpRangesResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckLastFailureReasonResponse;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusRequest;
import software.amazon.awssdk.services.route53.model.GetHealthCheckStatusResponse;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;
import software.amazon.awssdk.services.route53.model.StatusReport;

/**
 * What the checker saw: GetHealthCheckStatus (the last report), GetHealthCheckLastFailureReason (the last failed
 * report) and GetCheckerIpRanges (the addresses of this host, which is where the probes come from). There is one
 * checker, in the first of the check's Regions (us-east-1 when none are chosen). Checks that probe no endpoint
 * (CALCULATED, CLOUDWATCH_METRIC) have no observations.
 */
final class HealthCheckObservations {
    private static final String DEFAULT_REGION = "us-east-1";

    private final CheckRepository repository;
    private final ProbeStates states;

    HealthCheckObservations(CheckRepository repository, ProbeStates states) {
        this.repository = repository;
        this.states = states;
    }

    GetHealthCheckStatusResponse status(GetHealthCheckStatusRequest request, RequestContext context) {
        StoredCheck check = check(request.healthCheckId(), context);
        ProbeState state = states.get(check.account(), check.id());
        return GetHealthCheckStatusResponse.builder()
                .healthCheckObservations(observations(check, state.last()))
                .build();
    }

    GetHealthCheckLastFailureReasonResponse lastFailure(GetHealthCheckLastFailureReasonRequest request,
                                                        RequestContext context) {
        StoredCheck check = check(request.healthCheckId(), context);
        ProbeState state = states.get(check.account(), check.id());
        return GetHealthCheckLastFailureReasonResponse.builder()
                .healthCheckObservations(observations(check, state.lastFailure()))
                .build();
    }

    GetCheckerIpRangesResponse checkerIpRanges(GetCheckerIpRangesRequest request, RequestContext context) {
        return GetCheckerIpRangesResponse.builder().checkerIpRanges(hostRanges()).build();
    }

    private StoredCheck check(String healthCheckId, RequestContext context) {
        String id = HealthCheckOperations.requireId(healthCheckId);
        return repository.require(context.principal().accountId(), id);
    }

    private static List<HealthCheckObservation> observations(StoredCheck check, ProbeState.Observation seen) {
        if (seen == null || !check.config().probesEndpoint()) {
            return List.of();
        }
        List<String> regions = check.config().regions();
        return List.of(HealthCheckObservation.builder()
                .region(regions.isEmpty() ? DEFAULT_REGION : regions.getFirst())
                .ipAddress(seen.checkerIp())
                .statusReport(StatusReport.builder().status(seen.status()).checkedTime(seen.checkedAt()).build())
                .build());
    }

    private static List<String> hostRanges() {
        List<String> ranges = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    String bare = zone < 0 ? text : text.substring(0, zone);
                    ranges.add(bare + (bare.indexOf(':') >= 0 ? "/128" : "/32"));
                }
            }
        } catch (SocketException e) {
            ranges.add(InetAddress.getLoopbackAddress().getHostAddress() + "/32");
        }
        return ranges.stream().distinct().sorted().toList();
    }
}
