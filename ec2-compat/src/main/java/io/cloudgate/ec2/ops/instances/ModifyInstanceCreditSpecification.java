package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.MachineState;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.InstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.SuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulInstanceCreditSpecificationItemError;

/** Sets standard or unlimited CPU credits; each instance succeeds or fails on its own, as EC2 reports it. */
final class ModifyInstanceCreditSpecification implements Operation<ModifyInstanceCreditSpecificationRequest,
        ModifyInstanceCreditSpecificationResponse> {
    private final InstanceLookup lookup;
    private final InstanceRecords records;

    ModifyInstanceCreditSpecification(InstanceLookup lookup, InstanceRecords records) {
        this.lookup = lookup;
        this.records = records;
    }

    @Override
    public ModifyInstanceCreditSpecificationResponse handle(ModifyInstanceCreditSpecificationRequest request,
                                                            RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.instanceCreditSpecifications().isEmpty()) {
            throw AwsException.badRequest("MissingParameter",
                    "The request must contain the parameter InstanceCreditSpecification");
        }
        for (InstanceCreditSpecificationRequest item : request.instanceCreditSpecifications()) {
            if (item.cpuCredits() == null) {
                throw AwsException.badRequest("MissingParameter", "The request must contain the parameter CpuCredits");
            }
            LaunchOptions.cpuCredits(item.cpuCredits());
        }
        DryRun.check(request.dryRun());
        List<SuccessfulInstanceCreditSpecificationItem> succeeded = new ArrayList<>();
        List<UnsuccessfulInstanceCreditSpecificationItem> failed = new ArrayList<>();
        for (InstanceCreditSpecificationRequest item : request.instanceCreditSpecifications()) {
            String instanceId = item.instanceId();
            if (!ResourceKind.INSTANCE.isWellFormed(instanceId)) {
                failed.add(failure(instanceId, "InvalidInstanceID.Malformed", "Invalid id: \"" + instanceId + "\""));
                continue;
            }
            Optional<InstanceView> view = lookup.find(account, instanceId);
            if (view.isEmpty()) {
                failed.add(failure(instanceId, "InvalidInstanceID.NotFound",
                        "The instance ID '" + instanceId + "' does not exist"));
            } else if (view.get().state() == MachineState.TERMINATED) {
                failed.add(failure(instanceId, "IncorrectInstanceState",
                        "The instance '" + instanceId + "' is terminated."));
            } else if (view.get().record().settings().cpuCredits() == null) {
                failed.add(failure(instanceId, "InstanceCreditSpecification.NotSupported",
                        "The instance '" + instanceId + "' does not support CPU credit specifications."));
            } else {
                records.update(account, view.get().record(), record -> record.withSettings(
                        record.settings().withCpuCredits(item.cpuCredits())));
                succeeded.add(SuccessfulInstanceCreditSpecificationItem.builder().instanceId(instanceId).build());
            }
        }
        return ModifyInstanceCreditSpecificationResponse.builder()
                .successfulInstanceCreditSpecifications(succeeded)
                .unsuccessfulInstanceCreditSpecifications(failed)
                .build();
    }

    private static UnsuccessfulInstanceCreditSpecificationItem failure(String instanceId, String code,
                                                                       String message) {
        return UnsuccessfulInstanceCreditSpecificationItem.builder()
                .instanceId(instanceId)
                .error(UnsuccessfulInstanceCreditSpecificationItemError.builder().code(code).message(message).build())
                .build();
    }
}
