package io.cloudgate.protocol.smithy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The official Smithy protocol test suites (smithy-aws-protocol-tests, smithy-protocol-tests), run against our
 * protocol implementations from the server side. Every applicable case must pass or be on the {@link SkipList}
 * with its reason. The full report of non-passing cases goes to {@code target/smithy-protocol-tests.txt}.
 */
class SmithyProtocolComplianceTest {
    private static final double REQUIRED_PASS_RATE = 0.95;

    private static ComplianceRun run;

    private static synchronized ComplianceRun run() {
        if (run == null) {
            run = ComplianceRun.execute();
            System.out.println(run.summary());
            writeReport(run);
        }
        return run;
    }

    /** Every non-passing case with its reason, for whoever works on a codec. */
    private static void writeReport(ComplianceRun run) {
        try {
            Files.writeString(Files.createDirectories(Path.of("target")).resolve("smithy-protocol-tests.txt"), run.report());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicNode> serverSideCases() {
        Map<String, List<CaseOutcome>> byProtocol = run().outcomes().stream()
                .collect(Collectors.groupingBy(o -> o.testCase().protocolId(), TreeMap::new, Collectors.toList()));
        return byProtocol.entrySet().stream().map(entry -> DynamicContainer.dynamicContainer(entry.getKey(),
                entry.getValue().stream().map(outcome ->
                        DynamicTest.dynamicTest(outcome.testCase().key(), () -> verify(outcome)))));
    }

    private static void verify(CaseOutcome outcome) {
        switch (outcome.status()) {
            case PASSED -> { }
            case SKIPPED -> Assumptions.abort("skipped: " + outcome.detail());
            case FAILED -> Assertions.fail(outcome.testCase() + ": " + outcome.detail());
        }
    }

    @Test
    void atLeastNinetyFivePercentOfApplicableCasesPass() {
        long passed = 0;
        long failed = 0;
        for (CaseOutcome outcome : run().outcomes()) {
            passed += outcome.status() == CaseOutcome.Status.PASSED ? 1 : 0;
            failed += outcome.status() == CaseOutcome.Status.FAILED ? 1 : 0;
        }
        assertThat(passed + failed).as("applicable cases").isPositive();
        assertThat((double) passed / (passed + failed)).as(run().summary()).isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
    }
}
