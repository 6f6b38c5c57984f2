package io.cloudgate.elb.v2.ops.listeners;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.api.Validation;
import io.cloudgate.elb.v2.V2Context;
import io.cloudgate.elb.v2.state.ListenerDoc;
import io.cloudgate.elb.v2.state.V2Errors;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;

/** Every certificate of a listener, the default marked IsDefault; paged by an offset marker. */
public final class DescribeListenerCertificates
        implements Operation<DescribeListenerCertificatesRequest, DescribeListenerCertificatesResponse> {
    private final V2Context context;

    public DescribeListenerCertificates(V2Context context) {
        this.context = context;
    }

    @Override
    public DescribeListenerCertificatesResponse handle(DescribeListenerCertificatesRequest request,
                                                       RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        ListenerDoc listener = context.store().listener(account, request.listenerArn()).item();
        int pageSize = Validation.range(request.pageSize(), "pageSize", 1, 400, 400);
        int start = offset(request.marker());
        List<String> certificates = listener.certificates();
        int end = Math.min(certificates.size(), start + pageSize);
        List<Certificate> page = new ArrayList<>();
        for (int i = Math.min(start, end); i < end; i++) {
            page.add(Certificate.builder().certificateArn(certificates.get(i)).isDefault(i == 0).build());
        }
        return DescribeListenerCertificatesResponse.builder().certificates(page)
                .nextMarker(end < certificates.size() ? Integer.toString(end) : null).build();
    }

    private static int offset(String marker) {
        if (marker == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(marker);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw V2Errors.validation("Invalid marker: " + marker);
    }
}
