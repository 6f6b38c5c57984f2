package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.ServerCertificateRecord;
import software.amazon.awssdk.services.iam.model.GetServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.GetServerCertificateResponse;
import software.amazon.awssdk.services.iam.model.ServerCertificate;
import software.amazon.awssdk.services.iam.model.Tag;

/** The certificate, its chain and metadata; never the private key. */
public final class GetServerCertificate
        implements Operation<GetServerCertificateRequest, GetServerCertificateResponse> {
    private final Identities identities;

    public GetServerCertificate(Identities identities) {
        this.identities = identities;
    }

    @Override
    public GetServerCertificateResponse handle(GetServerCertificateRequest request, RequestContext context) {
        ServerCertificateRecord record = IamServerCertificates.require(identities, context.principal().accountId(),
                request.serverCertificateName());
        return GetServerCertificateResponse.builder()
                .serverCertificate(ServerCertificate.builder()
                        .serverCertificateMetadata(IamServerCertificates.metadata(record))
                        .certificateBody(record.body())
                        .certificateChain(record.chain())
                        .tags(record.tags().entrySet().stream()
                                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                                .toList())
                        .build())
                .build();
    }
}
