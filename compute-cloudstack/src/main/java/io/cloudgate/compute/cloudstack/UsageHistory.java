package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A minute's VM statistics on CloudStack 4.17 and later. Since 4.17 the management server keeps one entry per VM and
 * collection ({@code vm.stats.interval}) for {@code vm.stats.max.retention.time}, each holding the I/O of that
 * collection cycle only, and listVirtualMachines shows, per {@code vm.stats.increment.metrics} or {@code accumulate},
 * either the sum of all entries still kept (which falls as old ones are dropped) or the latest entry alone: neither
 * is a counter whose differences are the minute's usage (StatsCollector#getVmStats and #accumulateVmMetricsStats in
 * apache/cloudstack server/src/main/java/com/cloud/server/StatsCollector.java; per-cycle figures documented in
 * api/src/main/java/org/apache/cloudstack/api/response/StatsResponse.java). listVirtualMachinesUsageHistory
 * (MetricsServiceImpl#searchForVmMetricsStats, plugins/metrics) serves the entries themselves between a start and
 * an end date, so a minute's usage is the sum of the entries collected in it.
 * <p>
 * The dates are "yyyy-MM-dd HH:mm:ss" in the server's time zone, read from the offset of the dates it answers with;
 * CloudStack includes both ends, so entries are kept by their own timestamp, the minute's end excluded. That
 * command does not scope VMs to the acting account in every version (CVE-2025-59454), so it is asked for the
 * tenant's running VMs by id (a hundred a call) and its answer kept to those.
 */
final class UsageHistory {
    /** VM ids per call, so that the query string stays well within what a web server takes (about 4 KiB). */
    private static final int IDS_PER_CALL = 100;
    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ANSWER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private UsageHistory() {
    }

    /** The statistics entries collected in the minute for each of the running VMs, by CloudStack id. */
    static Map<String, List<JsonNode>> ofMinute(Backend backend, String tenant, long epochMinute,
            List<JsonNode> vms) {
        Set<String> running = vms.stream().filter(vm -> "Running".equals(Fields.text(vm, "state")))
                .map(vm -> Fields.text(vm, "id")).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, List<JsonNode>> entries = new HashMap<>();
        if (running.isEmpty()) {
            return entries;
        }
        Instant start = Instant.ofEpochSecond(epochMinute * 60);
        Instant end = start.plusSeconds(60);
        ZoneOffset zone = serverZone(vms);
        List<String> ids = running.stream().sorted().toList();
        List<JsonNode> answer = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            answer.addAll(backend.list(tenant, "listVirtualMachinesUsageHistory", Map.of(
                    "ids", String.join(",", ids.subList(from, Math.min(ids.size(), from + IDS_PER_CALL))),
                    "startdate", REQUEST_DATE.format(start.atOffset(zone)),
                    "enddate", REQUEST_DATE.format(end.atOffset(zone))), "virtualmachine", "instance"));
        }
        for (JsonNode vm : answer) {
            String id = Fields.text(vm, "id");
            if (!running.contains(id)) {
                continue;
            }
            List<JsonNode> inMinute = new ArrayList<>();
            for (JsonNode entry : vm.path("stats")) {
                Instant collected = timestamp(Fields.text(entry, "timestamp"));
                if (collected != null && !collected.isBefore(start) && collected.isBefore(end)) {
                    inMinute.add(entry);
                }
            }
            entries.put(id, inMinute);
        }
        return entries;
    }

    /** The offset the server writes its dates with (a VM's {@code created}); UTC if none can be read. */
    private static ZoneOffset serverZone(List<JsonNode> vms) {
        for (JsonNode vm : vms) {
            String created = Fields.text(vm, "created");
            if (created != null) {
                try {
                    return OffsetDateTime.parse(created, ANSWER_DATE).getOffset();
                } catch (DateTimeParseException e) {
                    // Not CloudStack's date format: try the next VM.
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private static Instant timestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, ANSWER_DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
