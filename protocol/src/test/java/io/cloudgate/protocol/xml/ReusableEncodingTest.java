package io.cloudgate.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ReusableValues;
import io.cloudgate.protocol.sdk.SdkSchemas;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Tag;

class ReusableEncodingTest {
    private static final OperationSchema DESCRIBE = SdkSchemas.operation("DescribeInstances",
            DescribeInstancesRequest::builder, DescribeInstancesResponse::builder);
    private static final Instant LAUNCHED = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void writesAReusableValueAsAFreshOneWouldInEveryContextAndEveryTime() {
        Instance reused = ReusableValues.mark(instance("i-1"));
        DescribeInstancesResponse withReused = response(reused, instance("i-2"));
        DescribeInstancesResponse fresh = response(instance("i-1"), instance("i-2"));

        String expected = write(XmlShapeWriter.ALWAYS_MILLIS, fresh);
        assertThat(expected).contains("<launchTime>2026-11-21T08:00:00.000Z</launchTime>")
                .contains("<instanceId>i-1</instanceId>");
        assertThat(write(XmlShapeWriter.ALWAYS_MILLIS, withReused)).isEqualTo(expected);
        assertThat(write(XmlShapeWriter.ALWAYS_MILLIS, withReused)).isEqualTo(expected);
        // Another codec (here: date-times without milliseconds) gets its own encoding, not the first one.
        assertThat(write(XmlShapeWriter.STANDARD, withReused)).isEqualTo(write(XmlShapeWriter.STANDARD, fresh))
                .contains("<launchTime>2026-11-21T08:00:00Z</launchTime>");
        assertThat(write(XmlShapeWriter.ALWAYS_MILLIS, withReused)).isEqualTo(expected);
    }

    @Test
    void valuesThatWereNotMarkedAreNotKept() {
        Instance instance = instance("i-3");
        write(XmlShapeWriter.ALWAYS_MILLIS, response(instance));

        assertThat(ReusableValues.encoding(instance)).isNull();
        assertThat(ReusableValues.encoding(ReusableValues.mark(instance))).isNotNull();
    }

    private static Instance instance(String id) {
        return Instance.builder().instanceId(id).instanceType("t3.micro").launchTime(LAUNCHED)
                .tags(Tag.builder().key("Name").value("web <" + id + ">").build()).build();
    }

    private static DescribeInstancesResponse response(Instance... instances) {
        return DescribeInstancesResponse.builder().reservations(Reservation.builder().reservationId("r-1")
                .instances(List.of(instances)).build()).build();
    }

    private static String write(XmlShapeWriter shapes, DescribeInstancesResponse response) {
        XmlWriter writer = new XmlWriter();
        writer.start("DescribeInstancesResponse");
        shapes.writeMembers(writer, DESCRIBE.output(), response);
        writer.end();
        return writer.toString();
    }
}
