package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.Ids;
import io.cloudgate.identity.store.ServerCertificateRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateResponse;

/**
 * Stores a certificate, its chain and its private key (encrypted with the master key) once they parse and belong
 * together; at most {@value #PER_ACCOUNT} per account, IAM's default quota.
 */
public final class UploadServerCertificate
        implements Operation<UploadServerCertificateRequest, UploadServerCertificateResponse> {
    static final int PER_ACCOUNT = 20;

    private final Identities identities;

    public UploadServerCertificate(Identities identities) {
        this.identities = identities;
    }

    @Override
    public UploadServerCertificateResponse handle(UploadServerCertificateRequest request, RequestContext context) {
        String account = context.principal().accountId();
        IamServerCertificates.validateName(request.serverCertificateName(), "serverCertificateName");
        String path = IamServerCertificates.path(request.path(), "path");
        Validation.length(Validation.required(request.certificateBody(), "certificateBody"), "certificateBody", 1,
                16384);
        Validation.length(Validation.required(request.privateKey(), "privateKey"), "privateKey", 1, 16384);
        String chain = request.certificateChain() == null || request.certificateChain().isBlank() ? null
                : request.certificateChain();
        if (chain != null) {
            Validation.length(chain, "certificateChain", 1, 2_097_152);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : request.tags()) {
            tags.put(Validation.required(tag.key(), "tags.member.key"), tag.value() == null ? "" : tag.value());
        }
        var repository = identities.serverCertificates().repository();
        if (repository.find(account, request.serverCertificateName()).isPresent()) {
            throw IamServerCertificates.alreadyExists(request.serverCertificateName());
        }
        if (repository.list(account).size() >= PER_ACCOUNT) {
            throw AwsException.conflict("LimitExceeded", "Cannot exceed quota for ServerCertificatesPerAccount: "
                    + PER_ACCOUNT);
        }
        CertificatePem.Checked checked = CertificatePem.check(request.certificateBody(), chain, request.privateKey(),
                context.clock().instant());
        ServerCertificateRecord record = new ServerCertificateRecord(account, request.serverCertificateName(), path,
                Ids.prefixed("ASCA"), context.clock().instant(), checked.certificate().getNotAfter().toInstant(),
                request.certificateBody(), chain,
                identities.serverCertificates().encryptPrivateKey(checked.privateKeyPem()), tags);
        if (!repository.create(record)) {
            throw IamServerCertificates.alreadyExists(request.serverCertificateName());
        }
        return UploadServerCertificateResponse.builder()
                .serverCertificateMetadata(IamServerCertificates.metadata(record))
                .tags(request.tags())
                .build();
    }
}
