package io.cloudgate.identity.iam;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.ServerCertificateRecord;
import java.util.List;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesRequest;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesResponse;

/** Certificates in name order, filtered by path prefix, paged with Marker/MaxItems. */
public final class ListServerCertificates
        implements Operation<ListServerCertificatesRequest, ListServerCertificatesResponse> {
    private final Identities identities;

    public ListServerCertificates(Identities identities) {
        this.identities = identities;
    }

    @Override
    public ListServerCertificatesResponse handle(ListServerCertificatesRequest request, RequestContext context) {
        int maxItems = Validation.range(request.maxItems(), "maxItems", 1, 1000, 100);
        String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
        List<ServerCertificateRecord> matching = identities.serverCertificates().repository()
                .list(context.principal().accountId()).stream()
                .filter(certificate -> certificate.path().startsWith(prefix))
                .toList();
        Page<ServerCertificateRecord> page = Page.of(matching, ServerCertificateRecord::name, request.marker(),
                maxItems);
        return ListServerCertificatesResponse.builder()
                .serverCertificateMetadataList(page.items().stream().map(IamServerCertificates::metadata).toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }
}
