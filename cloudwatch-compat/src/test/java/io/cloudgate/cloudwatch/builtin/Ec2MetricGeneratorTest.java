package io.cloudgate.cloudwatch.builtin;

import static io.cloudgate.cloudwatch.builtin.BuiltinTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudgate.cloudwatch.builtin.InstanceDirectory.Instance;
import io.cloudgate.cloudwatch.metrics.PeriodAggregate;
import io.cloudgate.compute.UsageSample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Datapoints from the port's usage: per minute (detailed) or per five minutes (basic), in the query's periods. */
class Ec2MetricGeneratorTest {
    private final BuiltinTestbed bed = new BuiltinTestbed();
    private final Ec2MetricGenerator generator = new Ec2MetricGenerator(bed.compute.machines(), bed.clock);
    private final Instant launched = bed.clock.instant();

    private List<PeriodAggregate> query(Instance instance, Ec2Metric metric, Instant start, int period) {
        return generator.query(ACCOUNT, instance, metric, start, bed.clock.instant(), period);
    }

    private List<UsageSample> usage(Instance instance) {
        return bed.compute.machines().usage(ACCOUNT, instance.machineId(), launched, bed.clock.instant());
    }

    @Test
    void detailedMonitoringGivesOneDatapointPerMinute() {
        Instance instance = bed.launch("i-0123456789abcdef0", true);
        bed.clock.advance(Duration.ofMinutes(10));
        List<PeriodAggregate> cpu = query(instance, Ec2Metric.CPU_UTILIZATION, launched, 60);
        List<UsageSample> usage = usage(instance);
        assertThat(cpu).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(cpu.get(i).start()).isEqualTo(launched.plusSeconds(60L * i));
            assertThat(cpu.get(i).unit()).isEqualTo("Percent");
            assertThat(cpu.get(i).statistics().sampleCount()).isEqualTo(1);
            assertThat(cpu.get(i).statistics().sum()).isEqualTo(usage.get(i).cpuPercent());
        }
        List<PeriodAggregate> fiveMinutes = query(instance, Ec2Metric.NETWORK_IN, launched, 300);
        assertThat(fiveMinutes).extracting(PeriodAggregate::start).containsExactly(launched, launched.plusSeconds(300));
        assertThat(fiveMinutes.getFirst().statistics().sampleCount()).isEqualTo(5);
        assertThat(fiveMinutes.getFirst().statistics().sum()).isEqualTo(
                usage.subList(0, 5).stream().mapToDouble(UsageSample::networkInBytes).sum());
        assertThat(fiveMinutes.getFirst().unit()).isEqualTo("Bytes");
    }

    @Test
    void basicMonitoringGivesOneDatapointPerEndedFiveMinutes() {
        Instance instance = bed.launch("i-0123456789abcdef0", false);
        bed.clock.advance(Duration.ofMinutes(14));
        List<UsageSample> usage = usage(instance);
        List<PeriodAggregate> cpu = query(instance, Ec2Metric.CPU_UTILIZATION, launched, 60);
        assertThat(cpu).extracting(PeriodAggregate::start).containsExactly(launched, launched.plusSeconds(300));
        assertThat(cpu.getFirst().statistics().sampleCount()).isEqualTo(1);
        assertThat(cpu.getFirst().statistics().sum()).isCloseTo(
                usage.subList(0, 5).stream().mapToDouble(UsageSample::cpuPercent).average().orElseThrow(),
                within(1e-9));
        List<PeriodAggregate> packets = query(instance, Ec2Metric.NETWORK_PACKETS_OUT, launched, 300);
        assertThat(packets.get(1).statistics().sum()).isEqualTo(
                usage.subList(5, 10).stream().mapToDouble(UsageSample::networkPacketsOut).sum());
        assertThat(packets.get(1).unit()).isEqualTo("Count");
        // Status checks come every minute whatever the monitoring; they pass.
        List<PeriodAggregate> checks = query(instance, Ec2Metric.STATUS_CHECK_FAILED, launched, 60);
        assertThat(checks).hasSize(14).allSatisfy(point -> assertThat(point.statistics().maximum()).isZero());
    }

    @Test
    void theCpuOverrideReplacesOnlyTheCpu() {
        Instance plain = bed.launch("i-0123456789abcdef0", true);
        Instance driven = bed.put(new Instance(plain.instanceId(), plain.machineId(), true, OptionalDouble.of(90),
                null));
        bed.clock.advance(Duration.ofMinutes(3));
        assertThat(query(driven, Ec2Metric.CPU_UTILIZATION, launched, 60))
                .hasSize(3).allSatisfy(point -> assertThat(point.statistics().maximum()).isEqualTo(90));
        assertThat(query(driven, Ec2Metric.DISK_WRITE_OPS, launched, 60))
                .isEqualTo(query(plain, Ec2Metric.DISK_WRITE_OPS, launched, 60));
    }

    @Test
    void periodsStartAtTheQueryStartAndHighResolutionPeriodsSeeNothing() {
        Instance instance = bed.launch("i-0123456789abcdef0", true);
        bed.clock.advance(Duration.ofMinutes(6));
        Instant start = launched.plusSeconds(30);
        assertThat(query(instance, Ec2Metric.CPU_UTILIZATION, start, 120)).extracting(PeriodAggregate::start)
                .containsExactly(start, start.plusSeconds(120), start.plusSeconds(240));
        assertThat(query(instance, Ec2Metric.CPU_UTILIZATION, start, 120).getFirst().statistics().sampleCount())
                .isEqualTo(2);
        assertThat(query(instance, Ec2Metric.CPU_UTILIZATION, launched, 10)).isEmpty();
        assertThat(query(instance, Ec2Metric.CPU_UTILIZATION, bed.clock.instant(), 60)).isEmpty();
    }
}
