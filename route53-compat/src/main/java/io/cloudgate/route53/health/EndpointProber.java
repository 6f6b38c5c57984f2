package io.cloudgate.route53.health;

/** Probes an endpoint once; blocking, called on a virtual thread. Never throws for endpoint faults. */
@FunctionalInterface
interface EndpointProber {
    ProbeResult probe(CheckConfig config);
}
