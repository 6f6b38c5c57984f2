package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.ec2.ops.instances.RunInstancesTest.tag;
import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.ec2.testing.Ec2Testbed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;

class DescribeInstancesTest {
    private final Ec2Testbed bed = new Ec2Testbed();
    private final InstanceCalls calls = new InstanceCalls(bed);
    private String web1;
    private String web2;
    private String db;
    private String reservation;

    @BeforeEach
    void launch() {
        var webs = calls.run(bed.tenant(), request -> request.minCount(2).maxCount(2)
                .placement(p -> p.availabilityZone("us-east-1a"))
                .tagSpecifications(t -> t.resourceType("instance").tags(tag("Role", "web"), tag("Name", "web"))));
        reservation = webs.reservationId();
        web1 = webs.instances().get(0).instanceId();
        web2 = webs.instances().get(1).instanceId();
        db = calls.run(bed.tenant(), request -> request.instanceType("t3.small")
                .placement(p -> p.availabilityZone("us-east-1c"))
                .tagSpecifications(t -> t.resourceType("instance").tags(tag("Name", "database"))))
                .instances().getFirst().instanceId();
        bed.clock.advance(Duration.ofSeconds(3));
        calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(db).build(), bed.tenant());
        bed.clock.advance(Duration.ofSeconds(3));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void answersWithWhatChangedSinceTheLastAnswerAndTheSameAsBeforeOtherwise() {
        Instance first = calls.instance(bed.tenant(), web1);
        assertThat(calls.instance(bed.tenant(), web1)).isEqualTo(first);

        bed.context.tags().put(Ec2Testbed.ACCOUNT, web1, java.util.Map.of("Env", "prod"));
        calls.modify(bed.tenant(), web1, request -> request.sourceDestCheck(b -> b.value(false)));
        calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(web1).build(), bed.tenant());
        Instance changed = calls.instance(bed.tenant(), web1);

        assertThat(changed.tags()).contains(tag("Env", "prod"), tag("Name", "web"));
        assertThat(changed.sourceDestCheck()).isFalse();
        assertThat(changed.state().nameAsString()).isEqualTo("stopping");
        assertThat(calls.instance(bed.tenant(), web2).state().nameAsString()).isEqualTo("running");
    }

    @Test
    void groupsInstancesByReservation() {
        DescribeInstancesResponse response = calls.describe(bed.tenant(), request -> { });
        assertThat(response.reservations()).hasSize(2);
        var webs = response.reservations().stream().filter(r -> r.reservationId().equals(reservation)).findFirst()
                .orElseThrow();
        assertThat(webs.ownerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(webs.instances()).extracting(Instance::instanceId).containsExactlyInAnyOrder(web1, web2);
    }

    @Test
    void filtersAsAwsNamesThemWithWildcards() {
        Instance web = calls.instance(bed.tenant(), web1);
        assertThat(ids(filter("instance-state-name", "running"))).containsExactlyInAnyOrder(web1, web2);
        assertThat(ids(filter("instance-state-code", "80"))).containsExactly(db);
        assertThat(ids(filter("tag:Name", "web*"))).containsExactlyInAnyOrder(web1, web2);
        assertThat(ids(filter("tag:Name", "data?ase"))).containsExactly(db);
        assertThat(ids(filter("tag-key", "Role"))).containsExactlyInAnyOrder(web1, web2);
        assertThat(ids(filter("tag-value", "database"))).containsExactly(db);
        assertThat(ids(filter("instance-type", "t3.small"))).containsExactly(db);
        assertThat(ids(filter("availability-zone", "us-east-1c"))).containsExactly(db);
        assertThat(ids(filter("image-id", web.imageId()))).containsExactlyInAnyOrder(web1, web2, db);
        assertThat(ids(filter("vpc-id", web.vpcId()))).containsExactlyInAnyOrder(web1, web2, db);
        assertThat(ids(filter("subnet-id", web.subnetId()))).containsExactlyInAnyOrder(web1, web2);
        assertThat(ids(filter("private-ip-address", web.privateIpAddress()))).containsExactly(web1);
        assertThat(ids(filter("ip-address", web.publicIpAddress()))).containsExactly(web1);
        assertThat(ids(filter("reservation-id", reservation))).containsExactlyInAnyOrder(web1, web2);
        assertThat(ids(filter("instance-id", web1, db))).containsExactlyInAnyOrder(web1, db);
        assertThat(ids(filter("launch-time", "2025-03-01T10:00*"))).containsExactlyInAnyOrder(web1, web2, db);
        assertThat(ids(filter("network-interface.network-interface-id",
                web.networkInterfaces().getFirst().networkInterfaceId()))).containsExactly(web1);
        assertThat(ids(filter("instance.group-name", "default"))).containsExactlyInAnyOrder(web1, web2, db);
        assertThat(ids(filter("key-name", "*"))).isEmpty();
        assertThat(ids(filter("tag:Name", "web"), filter("instance-id", web2))).containsExactly(web2);
        assertThat(errorCode(() -> ids(filter("colour", "blue")), "InvalidParameterValue"))
                .isEqualTo("The filter 'colour' is invalid");
    }

    @Test
    void pagesWithMaxResultsAndNextToken() {
        for (int i = 0; i < 4; i++) {
            calls.run(bed.tenant(), request -> { });
        }
        List<String> seen = new ArrayList<>();
        DescribeInstancesResponse page = calls.describe(bed.tenant(), request -> request.maxResults(5));
        seen.addAll(ids(page));
        assertThat(seen).hasSize(5);
        assertThat(page.nextToken()).isNotNull();
        String token = page.nextToken();
        DescribeInstancesResponse last = calls.describe(bed.tenant(), request -> request.maxResults(5)
                .nextToken(token));
        seen.addAll(ids(last));
        assertThat(last.nextToken()).isNull();
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        errorCode(() -> calls.describe(bed.tenant(), request -> request.maxResults(4)), "InvalidParameterValue");
        errorCode(() -> calls.describe(bed.tenant(), request -> request.maxResults(5).instanceIds(web1)),
                "InvalidParameterCombination");
    }

    @Test
    void tagFilteredListingsPageInIdOrderAndApplyTheOtherFilters() {
        List<String> blue = new ArrayList<>(calls.run(bed.tenant(), request -> request.minCount(7).maxCount(7)
                .tagSpecifications(t -> t.resourceType("instance").tags(tag("team", "blue"))))
                .instances().stream().map(Instance::instanceId).toList());
        calls.run(bed.tenant(), request -> request.minCount(3).maxCount(3)
                .tagSpecifications(t -> t.resourceType("instance").tags(tag("team", "red"))));
        bed.clock.advance(Duration.ofSeconds(3));
        String stopped = blue.removeLast();
        calls.call("StopInstances", StopInstancesRequest.builder().instanceIds(stopped).build(), bed.tenant());
        Filter[] filters = {filter("tag:team", "blue"), filter("instance-state-name", "running")};

        DescribeInstancesResponse first = calls.describe(bed.tenant(), request -> request.filters(filters)
                .maxResults(5));
        DescribeInstancesResponse second = calls.describe(bed.tenant(), request -> request.filters(filters)
                .maxResults(5).nextToken(first.nextToken()));
        List<String> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(second));
        assertThat(ids(first)).hasSize(5);
        assertThat(second.nextToken()).isNull();
        assertThat(seen).isEqualTo(blue.stream().sorted().toList());
        assertThat(ids(calls.describe(bed.tenant(), request -> request.filters(filter("tag:team", "blue"),
                filter("instance-state-name", "stopping", "stopped"))))).containsExactly(stopped);
        errorCode(() -> calls.describe(bed.tenant(), request -> request.filters(filters).nextToken("%%")),
                "InvalidNextToken");
    }

    @Test
    void unknownAndForeignIdsAreNotFound() {
        String theirs = calls.run(bed.other(), request -> { }).instances().getFirst().instanceId();
        assertThat(errorCode(() -> calls.describe(bed.tenant(), request -> request.instanceIds(theirs)),
                "InvalidInstanceID.NotFound")).isEqualTo("The instance ID '" + theirs + "' does not exist");
        assertThat(errorCode(() -> calls.describe(bed.tenant(), request -> request.instanceIds(theirs,
                "i-00000000000000000", web1)), "InvalidInstanceID.NotFound"))
                .isEqualTo("The instance IDs '" + theirs + ", i-00000000000000000' do not exist");
        errorCode(() -> calls.describe(bed.tenant(), request -> request.instanceIds("i-xyz")),
                "InvalidInstanceID.Malformed");
        assertThat(ids(calls.describe(bed.other(), request -> { }))).containsExactly(theirs);
    }

    private List<String> ids(Filter... filters) {
        return ids(calls.describe(bed.tenant(), request -> request.filters(filters)));
    }

    private static List<String> ids(DescribeInstancesResponse response) {
        return response.reservations().stream().flatMap(r -> r.instances().stream()).map(Instance::instanceId)
                .toList();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
