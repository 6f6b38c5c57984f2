/**
 * Verification of AWS request signatures (SigV4 header and presigned query, SigV2 query/form), JDK only.
 *
 * <p>Entry points: {@link io.cloudgate.sigv4.SigV4Credential#of} to read the credential scope before
 * verification (routing on the signing name), {@link io.cloudgate.sigv4.SigV4Verifier} and
 * {@link io.cloudgate.sigv4.SigV2Verifier}. Every rejection is an
 * {@link io.cloudgate.sigv4.AuthenticationException} carrying a {@link io.cloudgate.sigv4.AuthenticationException.Failure}
 * kind and an AWS-worded message; this module's documented client-error type.
 */
package io.cloudgate.sigv4;
