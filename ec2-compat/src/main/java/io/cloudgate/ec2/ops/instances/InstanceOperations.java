package io.cloudgate.ec2.ops.instances;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.ops.templates.LaunchTemplateOperations;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeCapacityReservationsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceCreditSpecificationsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTopologyResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotInstanceRequestsResponse;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputRequest;
import software.amazon.awssdk.services.ec2.model.GetConsoleOutputResponse;
import software.amazon.awssdk.services.ec2.model.GetInstanceUefiDataRequest;
import software.amazon.awssdk.services.ec2.model.GetInstanceUefiDataResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceCreditSpecificationResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMaintenanceOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMaintenanceOptionsResponse;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceMetadataOptionsResponse;
import software.amazon.awssdk.services.ec2.model.ModifyPrivateDnsNameOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ModifyPrivateDnsNameOptionsResponse;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.MonitorInstancesResponse;
import software.amazon.awssdk.services.ec2.model.RebootInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RebootInstancesResponse;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StartInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;
import software.amazon.awssdk.services.ec2.model.UnmonitorInstancesRequest;
import software.amazon.awssdk.services.ec2.model.UnmonitorInstancesResponse;

/** The instance operations: launch, describe, state changes, attributes, monitoring, credits, console. */
public final class InstanceOperations {
    private InstanceOperations() {
    }

    public static List<BoundOperation> all(Ec2Context context) {
        InstanceRecords records = new InstanceRecords(context.store(), context.clock());
        ClientTokens tokens = new ClientTokens(context.store(), context.clock());
        InstanceLookup lookup = new InstanceLookup(context, records, tokens);
        TemplateLaunch templates = new TemplateLaunch(context, templateVersions(context));
        MonitoringSwitch monitoring = new MonitoringSwitch(lookup, records);
        return List.of(
                BoundOperation.of(operation("RunInstances", RunInstancesRequest::builder,
                        RunInstancesResponse::builder), new RunInstances(context, lookup, records, tokens, templates)),
                BoundOperation.of(operation("DescribeInstances", DescribeInstancesRequest::builder,
                        DescribeInstancesResponse::builder), new DescribeInstances(context, lookup)),
                BoundOperation.of(operation("DescribeInstanceStatus", DescribeInstanceStatusRequest::builder,
                        DescribeInstanceStatusResponse::builder), new DescribeInstanceStatus(context, lookup)),
                BoundOperation.of(operation("DescribeInstanceTopology", DescribeInstanceTopologyRequest::builder,
                        DescribeInstanceTopologyResponse::builder), new DescribeInstanceTopology(context, lookup)),
                BoundOperation.of(operation("StartInstances", StartInstancesRequest::builder,
                        StartInstancesResponse::builder), new StartInstances(context, lookup)),
                BoundOperation.of(operation("StopInstances", StopInstancesRequest::builder,
                        StopInstancesResponse::builder), new StopInstances(context, lookup)),
                BoundOperation.of(operation("RebootInstances", RebootInstancesRequest::builder,
                        RebootInstancesResponse::builder), new RebootInstances(context, lookup)),
                BoundOperation.of(operation("TerminateInstances", TerminateInstancesRequest::builder,
                        TerminateInstancesResponse::builder), new TerminateInstances(context, lookup)),
                BoundOperation.of(operation("DescribeInstanceAttribute", DescribeInstanceAttributeRequest::builder,
                        DescribeInstanceAttributeResponse::builder), new DescribeInstanceAttribute(context, lookup)),
                BoundOperation.of(operation("ModifyInstanceAttribute", ModifyInstanceAttributeRequest::builder,
                        ModifyInstanceAttributeResponse::builder), new ModifyInstanceAttribute(context, lookup, records)),
                BoundOperation.of(operation("GetConsoleOutput", GetConsoleOutputRequest::builder,
                        GetConsoleOutputResponse::builder), new GetConsoleOutput(context, lookup)),
                BoundOperation.of(operation("GetInstanceUefiData", GetInstanceUefiDataRequest::builder,
                        GetInstanceUefiDataResponse::builder), new GetInstanceUefiData(lookup)),
                BoundOperation.of(operation("MonitorInstances", MonitorInstancesRequest::builder,
                        MonitorInstancesResponse::builder), new MonitorInstances(monitoring)),
                BoundOperation.of(operation("UnmonitorInstances", UnmonitorInstancesRequest::builder,
                        UnmonitorInstancesResponse::builder), new UnmonitorInstances(monitoring)),
                BoundOperation.of(operation("DescribeInstanceCreditSpecifications", DescribeInstanceCreditSpecificationsRequest::builder,
                        DescribeInstanceCreditSpecificationsResponse::builder), new DescribeInstanceCreditSpecifications(lookup)),
                BoundOperation.of(operation("ModifyInstanceCreditSpecification", ModifyInstanceCreditSpecificationRequest::builder,
                        ModifyInstanceCreditSpecificationResponse::builder), new ModifyInstanceCreditSpecification(lookup, records)),
                BoundOperation.of(operation("ModifyInstanceMetadataOptions", ModifyInstanceMetadataOptionsRequest::builder,
                        ModifyInstanceMetadataOptionsResponse::builder), new ModifyInstanceMetadataOptions(lookup, records)),
                BoundOperation.of(operation("ModifyInstanceMaintenanceOptions", ModifyInstanceMaintenanceOptionsRequest::builder,
                        ModifyInstanceMaintenanceOptionsResponse::builder), new ModifyInstanceMaintenanceOptions(lookup, records)),
                BoundOperation.of(operation("ModifyPrivateDnsNameOptions", ModifyPrivateDnsNameOptionsRequest::builder,
                        ModifyPrivateDnsNameOptionsResponse::builder), new ModifyPrivateDnsNameOptions(lookup, records)),
                BoundOperation.of(operation("DescribeSpotInstanceRequests", DescribeSpotInstanceRequestsRequest::builder,
                        DescribeSpotInstanceRequestsResponse::builder), new DescribeSpotInstanceRequests()),
                BoundOperation.of(operation("DescribeCapacityReservations", DescribeCapacityReservationsRequest::builder,
                        DescribeCapacityReservationsResponse::builder), new DescribeCapacityReservations()));
    }

    /** The launch template area's DescribeLaunchTemplateVersions, which RunInstances reads templates through. */
    private static Operation<DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse>
            templateVersions(Ec2Context context) {
        BoundOperation describe = LaunchTemplateOperations.all(context).stream()
                .filter(bound -> bound.name().equals("DescribeLaunchTemplateVersions"))
                .findFirst()
                .orElseThrow();
        return (request, requestContext) ->
                (DescribeLaunchTemplateVersionsResponse) describe.handler().handle(request, requestContext);
    }
}
