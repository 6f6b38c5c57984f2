package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.ServerCertificateRecord;
import software.amazon.awssdk.services.iam.model.DeleteServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.DeleteServerCertificateResponse;

/** Deletes a certificate no load balancer uses (DeleteConflict while one does). */
public final class DeleteServerCertificate
        implements Operation<DeleteServerCertificateRequest, DeleteServerCertificateResponse> {
    private final Identities identities;

    public DeleteServerCertificate(Identities identities) {
        this.identities = identities;
    }

    @Override
    public DeleteServerCertificateResponse handle(DeleteServerCertificateRequest request, RequestContext context) {
        ServerCertificateRecord record = IamServerCertificates.require(identities, context.principal().accountId(),
                request.serverCertificateName());
        IamServerCertificates.requireUnused(identities, record, "deleting");
        identities.serverCertificates().repository().delete(record.accountId(), record.name());
        return DeleteServerCertificateResponse.builder().build();
    }
}
