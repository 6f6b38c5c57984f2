package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.volumes.EbsRecords.SnapshotPermissions;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;

/** createVolumePermission as recorded by ModifySnapshotAttribute; productCodes are always none. */
public final class DescribeSnapshotAttribute
        implements Operation<DescribeSnapshotAttributeRequest, DescribeSnapshotAttributeResponse> {
    private final EbsRecords records;
    private final VolumeLookup lookup;

    DescribeSnapshotAttribute(Ec2Context ec2, EbsRecords records) {
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DescribeSnapshotAttributeResponse handle(DescribeSnapshotAttributeRequest request,
                                                    RequestContext context) {
        String account = context.principal().accountId();
        String attribute = request.attributeAsString();
        VolumeLookup.requirePresent(attribute, "Attribute");
        lookup.requireSnapshot(account, request.snapshotId());
        DescribeSnapshotAttributeResponse.Builder response = DescribeSnapshotAttributeResponse.builder()
                .snapshotId(request.snapshotId());
        switch (attribute) {
            case "createVolumePermission" -> response.createVolumePermissions(
                    permissions(records.permissions(account, request.snapshotId())));
            case "productCodes" -> response.productCodes(List.of());
            default -> throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }

    private static List<CreateVolumePermission> permissions(SnapshotPermissions permissions) {
        List<CreateVolumePermission> result = new ArrayList<>();
        if (permissions.isPublic()) {
            result.add(CreateVolumePermission.builder().group(PermissionGroup.ALL).build());
        }
        permissions.accounts().forEach(userId -> result.add(CreateVolumePermission.builder().userId(userId).build()));
        return result;
    }
}
