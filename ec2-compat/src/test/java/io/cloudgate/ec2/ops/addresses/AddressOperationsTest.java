package io.cloudgate.ec2.ops.addresses;

import static io.cloudgate.ec2.testing.Ec2Testbed.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.embedded.EmbeddedSettings;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.testing.Ec2Testbed;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressRequest;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAddressesRequest;
import software.amazon.awssdk.services.ec2.model.DisassociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ReleaseAddressRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class AddressOperationsTest {
    private Ec2Testbed bed = new Ec2Testbed();
    private AddressLookup lookup = new AddressLookup(bed.context);

    @AfterEach
    void close() {
        bed.close();
    }

    private AllocateAddressResponse allocate(RequestContext as, Consumer<AllocateAddressRequest.Builder> how) {
        AllocateAddressRequest.Builder builder = AllocateAddressRequest.builder().domain(DomainType.VPC);
        how.accept(builder);
        return new AllocateAddress(bed.context, lookup).handle(builder.build(), as);
    }

    private String associate(RequestContext as, Consumer<AssociateAddressRequest.Builder> how) {
        AssociateAddressRequest.Builder builder = AssociateAddressRequest.builder();
        how.accept(builder);
        return new AssociateAddress(bed.context, lookup).handle(builder.build(), as).associationId();
    }

    private void disassociate(RequestContext as, String associationId) {
        new DisassociateAddress(bed.context, lookup).handle(DisassociateAddressRequest.builder()
                .associationId(associationId).build(), as);
    }

    private void release(RequestContext as, String allocationId) {
        new ReleaseAddress(bed.context, lookup).handle(ReleaseAddressRequest.builder().allocationId(allocationId)
                .build(), as);
    }

    private List<Address> describe(RequestContext as, Consumer<DescribeAddressesRequest.Builder> how) {
        DescribeAddressesRequest.Builder builder = DescribeAddressesRequest.builder();
        how.accept(builder);
        return new DescribeAddresses(bed.context, lookup).handle(builder.build(), as).addresses();
    }

    @Test
    void anAllocatedAddressIsAVpcElasticIpWithItsTags() {
        AllocateAddressResponse allocated = allocate(bed.tenant(), r -> r.tagSpecifications(TagSpecification
                .builder().resourceType(ResourceType.ELASTIC_IP).tags(Tag.builder().key("Name").value("web").build())
                .build()));
        assertThat(allocated.allocationId()).matches("eipalloc-[0-9a-f]{17}");
        assertThat(allocated.publicIp()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(allocated.domain()).isEqualTo(DomainType.VPC);
        assertThat(allocated.publicIpv4Pool()).isEqualTo("amazon");
        assertThat(allocated.networkBorderGroup()).isEqualTo("us-east-1");

        Address described = describe(bed.tenant(), r -> r.allocationIds(allocated.allocationId())).getFirst();
        assertThat(described.publicIp()).isEqualTo(allocated.publicIp());
        assertThat(described.associationId()).isNull();
        assertThat(described.tags()).containsExactly(Tag.builder().key("Name").value("web").build());
        assertThat(describe(bed.tenant(), r -> r.publicIps(allocated.publicIp()))).containsExactly(described);
        assertThat(describe(bed.tenant(), r -> r.filters(f -> f.name("tag:Name").values("w*")))).hasSize(1);
        errorCode(() -> allocate(bed.tenant(), r -> r.dryRun(true)), "DryRunOperation");
        assertThat(describe(bed.tenant(), r -> { })).hasSize(1);
    }

    @Test
    void theAddressQuotaAnswersAddressLimitExceeded() {
        bed.close();
        bed = new Ec2Testbed(EmbeddedSettings.defaults().withLimits(20, 1024, 5000, 2));
        lookup = new AddressLookup(bed.context);
        allocate(bed.tenant(), r -> { });
        allocate(bed.tenant(), r -> { });
        assertThat(errorCode(() -> allocate(bed.tenant(), r -> { }), "AddressLimitExceeded"))
                .isEqualTo("The maximum number of addresses has been reached.");
        assertThat(allocate(bed.other(), r -> { }).allocationId()).startsWith("eipalloc-");
    }

    @Test
    void associateDisassociateAndReleaseWithEc2sErrors() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        var machine = bed.machine(Ec2Testbed.ACCOUNT, instanceId);
        AllocateAddressResponse allocated = allocate(bed.tenant(), r -> { });
        String associationId = associate(bed.tenant(), r -> r.allocationId(allocated.allocationId())
                .instanceId(instanceId));
        assertThat(associationId).matches("eipassoc-[0-9a-f]{17}");

        Address associated = describe(bed.tenant(), r -> r.allocationIds(allocated.allocationId())).getFirst();
        assertThat(associated.instanceId()).isEqualTo(instanceId);
        assertThat(associated.associationId()).isEqualTo(associationId);
        assertThat(associated.networkInterfaceId())
                .isEqualTo(bed.context.ids().toAws(ResourceKind.NETWORK_INTERFACE, machine.id()));
        assertThat(associated.networkInterfaceOwnerId()).isEqualTo(Ec2Testbed.ACCOUNT);
        assertThat(associated.privateIpAddress()).isEqualTo(machine.privateAddress());
        assertThat(bed.machine(Ec2Testbed.ACCOUNT, instanceId).publicAddress()).isEqualTo(allocated.publicIp());
        assertThat(describe(bed.tenant(), r -> r.filters(f -> f.name("instance-id").values(instanceId),
                f -> f.name("association-id").values(associationId)))).hasSize(1);

        assertThat(errorCode(() -> release(bed.tenant(), allocated.allocationId()), "InvalidIPAddress.InUse"))
                .contains(allocated.allocationId());
        String secondInstance = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        assertThat(errorCode(() -> associate(bed.tenant(), r -> r.allocationId(allocated.allocationId())
                .instanceId(secondInstance)), "Resource.AlreadyAssociated"))
                .isEqualTo("resource " + allocated.allocationId() + " is already associated with associate-id "
                        + associationId);
        String moved = associate(bed.tenant(), r -> r.allocationId(allocated.allocationId())
                .instanceId(secondInstance).allowReassociation(true));
        assertThat(moved).isNotEqualTo(associationId);
        errorCode(() -> disassociate(bed.tenant(), associationId), "InvalidAssociationID.NotFound");

        disassociate(bed.tenant(), moved);
        assertThat(describe(bed.tenant(), r -> r.allocationIds(allocated.allocationId())).getFirst().instanceId())
                .isNull();
        release(bed.tenant(), allocated.allocationId());
        assertThat(errorCode(() -> describe(bed.tenant(), r -> r.allocationIds(allocated.allocationId())),
                "InvalidAllocationID.NotFound")).contains(allocated.allocationId());
        errorCode(() -> describe(bed.tenant(), r -> r.publicIps(allocated.publicIp())), "InvalidAddress.NotFound");
        errorCode(() -> release(bed.tenant(), allocated.allocationId()), "InvalidAllocationID.NotFound");
    }

    @Test
    void anInstanceCanBeNamedByItsNetworkInterface() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        String eni = bed.context.ids().toAws(ResourceKind.NETWORK_INTERFACE,
                bed.machine(Ec2Testbed.ACCOUNT, instanceId).id());
        String allocationId = allocate(bed.tenant(), r -> { }).allocationId();
        associate(bed.tenant(), r -> r.allocationId(allocationId).networkInterfaceId(eni));
        assertThat(describe(bed.tenant(), r -> r.filters(f -> f.name("network-interface-id").values(eni))))
                .extracting(Address::instanceId).containsExactly(instanceId);
        errorCode(() -> associate(bed.tenant(), r -> r.allocationId(allocationId)), "MissingParameter");
        errorCode(() -> associate(bed.tenant(), r -> r.allocationId(allocationId)
                .networkInterfaceId("eni-0123456789abcdef0")), "InvalidNetworkInterfaceID.NotFound");
    }

    @Test
    void anotherAccountCanNeitherSeeNorUseTheAddressOrTheInstance() {
        String instanceId = bed.runningInstance(Ec2Testbed.ACCOUNT, Ec2Testbed.ZONE);
        AllocateAddressResponse mine = allocate(bed.tenant(), r -> { });
        String associationId = associate(bed.tenant(), r -> r.allocationId(mine.allocationId())
                .instanceId(instanceId));
        String theirs = allocate(bed.other(), r -> { }).allocationId();

        errorCode(() -> describe(bed.other(), r -> r.allocationIds(mine.allocationId())),
                "InvalidAllocationID.NotFound");
        errorCode(() -> describe(bed.other(), r -> r.publicIps(mine.publicIp())), "InvalidAddress.NotFound");
        errorCode(() -> release(bed.other(), mine.allocationId()), "InvalidAllocationID.NotFound");
        errorCode(() -> disassociate(bed.other(), associationId), "InvalidAssociationID.NotFound");
        errorCode(() -> associate(bed.other(), r -> r.allocationId(theirs).instanceId(instanceId)),
                "InvalidInstanceID.NotFound");
        assertThat(describe(bed.other(), r -> { })).extracting(Address::allocationId).containsExactly(theirs);
        assertThat(describe(bed.tenant(), r -> r.allocationIds(mine.allocationId())).getFirst().associationId())
                .isEqualTo(associationId);
    }
}
