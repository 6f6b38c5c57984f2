package io.cloudgate.sigv4;

/**
 * A request whose signature checked out.
 *
 * @param accessKeyId  the key that signed it
 * @param region       the region of the credential scope; null for SigV2
 * @param service      the signing name of the credential scope; null for SigV2
 * @param sessionToken the session token the request presented, null for permanent keys
 */
public record Verified(String accessKeyId, String region, String service, String sessionToken) {
}
