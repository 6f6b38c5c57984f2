package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.Protocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.smithy.model.Model;

/** Runs every server-side case of the suites once and keeps the outcomes. */
final class ComplianceRun {
    private final List<CaseOutcome> outcomes;

    private ComplianceRun(List<CaseOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    static ComplianceRun execute() {
        Model model = ProtocolTestCatalog.loadModel();
        Map<String, Optional<Protocol>> protocols = new HashMap<>();
        Map<String, SmithySchemas> schemas = new HashMap<>();
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (ProtocolTestCase testCase : ProtocolTestCatalog.serverCases(model)) {
            String skipReason = SkipList.reason(testCase);
            if (skipReason != null) {
                outcomes.add(new CaseOutcome(testCase, CaseOutcome.Status.SKIPPED, skipReason));
                continue;
            }
            Optional<Protocol> protocol = protocols.computeIfAbsent(testCase.protocolId(), ProtocolRegistry::create);
            if (protocol.isEmpty()) {
                outcomes.add(new CaseOutcome(testCase, CaseOutcome.Status.FAILED,
                        "protocol class " + ProtocolRegistry.className(testCase.protocolId()) + " not found"));
                continue;
            }
            SmithySchemas serviceSchemas = schemas.computeIfAbsent(
                    testCase.service().getId() + " " + testCase.protocolId(),
                    k -> new SmithySchemas(model, testCase.service(), testCase.protocolId()));
            outcomes.add(run(testCase, protocol.get(), serviceSchemas));
        }
        return new ComplianceRun(outcomes);
    }

    private static CaseOutcome run(ProtocolTestCase testCase, Protocol protocol, SmithySchemas schemas) {
        String failure;
        try {
            failure = testCase.kind() == ProtocolTestCase.Kind.REQUEST
                    ? RequestCaseCheck.failure(testCase, protocol, schemas)
                    : ResponseCaseCheck.failure(testCase, protocol, schemas);
        } catch (Exception | AssertionError e) {
            StackTraceElement[] trace = e.getStackTrace();
            failure = e + (trace.length > 0 ? " at " + trace[0] : "");
        }
        return failure == null
                ? new CaseOutcome(testCase, CaseOutcome.Status.PASSED, null)
                : new CaseOutcome(testCase, CaseOutcome.Status.FAILED, failure);
    }

    List<CaseOutcome> outcomes() {
        return outcomes;
    }

    /** Counts per protocol id and status, protocols sorted by id. */
    Map<String, Map<CaseOutcome.Status, Integer>> counts() {
        Map<String, Map<CaseOutcome.Status, Integer>> counts = new TreeMap<>();
        for (CaseOutcome outcome : outcomes) {
            counts.computeIfAbsent(outcome.testCase().protocolId(), k -> new EnumMap<>(CaseOutcome.Status.class))
                    .merge(outcome.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** The summary followed by every case that did not pass, with its reason. */
    String report() {
        StringBuilder text = new StringBuilder(summary());
        for (CaseOutcome outcome : outcomes) {
            if (outcome.status() != CaseOutcome.Status.PASSED) {
                text.append('\n').append(outcome.status()).append(' ').append(outcome.testCase())
                        .append("\n  ").append(outcome.detail().replace("\n", "\n  ")).append('\n');
            }
        }
        return text.toString();
    }

    String summary() {
        StringBuilder text = new StringBuilder("Smithy protocol tests, server side:\n");
        text.append(String.format("  %-12s %7s %7s %7s%n", "protocol", "passed", "failed", "skipped"));
        counts().forEach((protocol, byStatus) -> text.append(String.format("  %-12s %7d %7d %7d%n", protocol,
                byStatus.getOrDefault(CaseOutcome.Status.PASSED, 0),
                byStatus.getOrDefault(CaseOutcome.Status.FAILED, 0),
                byStatus.getOrDefault(CaseOutcome.Status.SKIPPED, 0))));
        return text.toString();
    }
}
