package io.cloudgate.ec2.ops.images;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import software.amazon.awssdk.services.ec2.model.DeregisterImageRequest;
import software.amazon.awssdk.services.ec2.model.DeregisterImageResponse;

/** Deregisters one of the account's images; its snapshots stay, as on EC2. */
public final class DeregisterImage implements Operation<DeregisterImageRequest, DeregisterImageResponse> {
    private final Ec2Context context;
    private final ImageDirectory directory;

    DeregisterImage(Ec2Context context, ImageDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public DeregisterImageResponse handle(DeregisterImageRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (request.imageId() == null) {
            throw AwsException.badRequest("MissingParameter", "The request must contain the parameter imageId");
        }
        String imageId = Ec2Ids.requireWellFormed(ResourceKind.IMAGE, request.imageId());
        ImageDirectory.Ec2Image image = directory.requireOwned(account, imageId);
        DryRun.check(request.dryRun());
        try {
            context.compute().images().deregister(account, image.image().id());
        } catch (ComputeException e) {
            throw ComputeErrors.toAws(e, ResourceKind.IMAGE, imageId);
        }
        directory.forget(account, imageId);
        return DeregisterImageResponse.builder().returnValue(true).build();
    }
}
