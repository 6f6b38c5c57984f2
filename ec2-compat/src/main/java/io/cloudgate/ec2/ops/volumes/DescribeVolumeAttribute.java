package io.cloudgate.ec2.ops.volumes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeResponse;

/** The volume attributes EC2 has: autoEnableIO (always false here) and productCodes (always none). */
public final class DescribeVolumeAttribute
        implements Operation<DescribeVolumeAttributeRequest, DescribeVolumeAttributeResponse> {
    private final VolumeLookup lookup;

    DescribeVolumeAttribute(Ec2Context ec2) {
        this.lookup = new VolumeLookup(ec2);
    }

    @Override
    public DescribeVolumeAttributeResponse handle(DescribeVolumeAttributeRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String attribute = request.attributeAsString();
        VolumeLookup.requirePresent(attribute, "Attribute");
        lookup.requireVolume(account, request.volumeId());
        DescribeVolumeAttributeResponse.Builder response = DescribeVolumeAttributeResponse.builder()
                .volumeId(request.volumeId());
        switch (attribute) {
            case "autoEnableIO" -> response.autoEnableIO(AttributeBooleanValue.builder().value(false).build());
            case "productCodes" -> response.productCodes(List.of());
            default -> throw AwsException.badRequest("InvalidParameterValue",
                    "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return response.build();
    }
}
