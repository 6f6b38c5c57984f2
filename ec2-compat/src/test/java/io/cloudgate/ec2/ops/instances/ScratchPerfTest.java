package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

class ScratchPerfTest {
    @Test
    void measure() {
        Ec2Testbed bed = new Ec2Testbed(EmbeddedSettings.defaults().withLimits(20000, 100000, 10000000, 5));
        InstanceCalls calls = new InstanceCalls(bed);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            int n = i;
            System.out.println("batch " + i + " machines " + bed.context.compute().machines().list(Ec2Testbed.ACCOUNT).size());
            if (i == 9) {
                try {
                    var img = bed.context.compute().images().visibleTo(Ec2Testbed.ACCOUNT).stream().filter(x -> x.name().startsWith("al2023") && x.architecture().equals("x86_64")).findFirst().get();
                    bed.context.compute().machines().launch(Ec2Testbed.ACCOUNT, new io.cloudgate.compute.LaunchSpec(img.id(), "t3.micro", "us-east-1a", null, java.util.List.of(), null, null, java.util.List.of(), null, false));
                } catch (io.cloudgate.compute.ComputeException e) {
                    System.out.println("batch port error " + e.kind() + " " + e.getMessage());
                }
            }
            calls.run(bed.tenant(), r -> r.minCount(500).maxCount(500).placement(p -> p.availabilityZone("us-east-1" + "abc".charAt(n % 3))).networkInterfaces(ni -> ni.deviceIndex(0).associatePublicIpAddress(false)).tagSpecifications(t -> t.resourceType("instance")
                    .tags(RunInstancesTest.tag("batch", "b" + n))));
        }
        System.out.println("launch 10k ms " + (System.nanoTime() - t0) / 1_000_000);
        bed.clock.advance(Duration.ofSeconds(5));
        for (String label : new String[]{"full", "tag"}) {
            long[] times = new long[50];
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                if (label.equals("full")) {
                    calls.describe(bed.tenant(), r -> r.maxResults(1000));
                } else {
                    calls.describe(bed.tenant(), r -> r.filters(f -> f.name("tag:batch").values("b7")));
                }
                times[i] = System.nanoTime() - s;
            }
            Arrays.sort(times);
            System.out.println(label + " p50 ms " + times[25] / 1e6 + " p99 " + times[49] / 1e6);
        }
    }
}
