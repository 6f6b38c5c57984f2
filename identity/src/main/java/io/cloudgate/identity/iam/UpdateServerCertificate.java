package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.ServerCertificateRecord;
import software.amazon.awssdk.services.iam.model.UpdateServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.UpdateServerCertificateResponse;

/**
 * Renames a certificate or moves it to another path, which changes its ARN. Load balancers here find their
 * certificates by ARN whenever they are applied, so a certificate in use is refused (DeleteConflict) rather than
 * left for them to lose.
 */
public final class UpdateServerCertificate
        implements Operation<UpdateServerCertificateRequest, UpdateServerCertificateResponse> {
    private final Identities identities;

    public UpdateServerCertificate(Identities identities) {
        this.identities = identities;
    }

    @Override
    public UpdateServerCertificateResponse handle(UpdateServerCertificateRequest request, RequestContext context) {
        ServerCertificateRecord record = IamServerCertificates.require(identities, context.principal().accountId(),
                request.serverCertificateName());
        String newName = request.newServerCertificateName() == null ? record.name()
                : request.newServerCertificateName();
        IamServerCertificates.validateName(newName, "newServerCertificateName");
        String newPath = request.newPath() == null ? record.path()
                : IamServerCertificates.path(request.newPath(), "newPath");
        if (newName.equals(record.name()) && newPath.equals(record.path())) {
            return UpdateServerCertificateResponse.builder().build();
        }
        IamServerCertificates.requireUnused(identities, record, "renaming");
        var repository = identities.serverCertificates().repository();
        if (newName.equalsIgnoreCase(record.name())) {
            repository.replace(record.renamed(newName, newPath));
        } else if (repository.create(record.renamed(newName, newPath))) {
            repository.delete(record.accountId(), record.name());
        } else {
            throw IamServerCertificates.alreadyExists(newName);
        }
        return UpdateServerCertificateResponse.builder().build();
    }
}
