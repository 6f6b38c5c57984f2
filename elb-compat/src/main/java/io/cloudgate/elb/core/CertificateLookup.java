package io.cloudgate.elb.core;

import io.cloudgate.loadbalancer.Listener;
import java.util.Optional;

/**
 * Where HTTPS and SSL listeners get their certificates: the server certificates (IAM's) of the balancer's own
 * account, by ARN. Listeners are applied with the certificate's current content every time.
 */
@FunctionalInterface
public interface CertificateLookup {
    /** No certificates at all: every HTTPS or SSL listener is refused with CertificateNotFound. */
    CertificateLookup NONE = (accountId, arn) -> Optional.empty();

    /** The certificate and key behind the ARN; empty when it is unknown, malformed or another account's. */
    Optional<Listener.Certificate> find(String accountId, String arn);
}
