package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.volumes.EbsRecords.SnapshotPermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeResponse;

/**
 * Adds or removes createVolumePermission entries (account ids or the group "all"), in either request
 * style: OperationType with UserIds/GroupNames, or CreateVolumePermission Add/Remove lists. The entries are
 * recorded and reported by DescribeSnapshotAttribute; the cloud itself shares nothing between accounts.
 */
public final class ModifySnapshotAttribute
        implements Operation<ModifySnapshotAttributeRequest, ModifySnapshotAttributeResponse> {
    private final EbsRecords records;
    private final VolumeLookup lookup;

    ModifySnapshotAttribute(Ec2Context ec2, EbsRecords records) {
        this.records = records;
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public ModifySnapshotAttributeResponse handle(ModifySnapshotAttributeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String snapshotId = request.snapshotId();
        lookup.requireSnapshot(account, snapshotId);
        String attribute = request.attributeAsString();
        if (attribute != null && !attribute.equals("createVolumePermission")) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Only createVolumePermission "
                            + "can be modified.");
        }
        SnapshotPermissions current = records.permissions(account, snapshotId);
        Set<String> accounts = new TreeSet<>(current.accounts());
        boolean isPublic = current.isPublic();
        List<CreateVolumePermission> add = request.createVolumePermission() == null ? List.of()
                : request.createVolumePermission().add();
        List<CreateVolumePermission> remove = request.createVolumePermission() == null ? List.of()
                : request.createVolumePermission().remove();
        String operation = request.operationTypeAsString();
        if (operation != null && !operation.equals("add") && !operation.equals("remove")) {
            throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + operation + ") for parameter operationType is invalid.");
        }
        boolean adding = "add".equals(operation);
        boolean removing = "remove".equals(operation);
        if (add.isEmpty() && remove.isEmpty() && !adding && !removing) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter createVolumePermission or operationType");
        }
        DryRun.check(request.dryRun());
        for (CreateVolumePermission permission : add) {
            isPublic |= "all".equals(permission.groupAsString());
            addUser(accounts, permission.userId());
        }
        for (CreateVolumePermission permission : remove) {
            isPublic &= !"all".equals(permission.groupAsString());
            accounts.remove(permission.userId());
        }
        if (adding || removing) {
            for (String userId : request.userIds()) {
                if (adding) {
                    addUser(accounts, userId);
                } else {
                    accounts.remove(userId);
                }
            }
            if (request.groupNames().contains("all")) {
                isPublic = adding;
            }
        }
        records.putPermissions(account, snapshotId, new SnapshotPermissions(accounts, isPublic));
        return ModifySnapshotAttributeResponse.builder().build();
    }

    private static void addUser(Set<String> accounts, String userId) {
        if (userId == null) {
            return;
        }
        if (!userId.matches("\\d{12}")) {
            throw AwsException.badRequest("InvalidUserID.Malformed", "User ID '" + userId + "' is invalid");
        }
        accounts.add(userId);
    }
}
