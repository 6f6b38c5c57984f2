package io.cloudgate.dns;

/**
 * Whether the serving side answers queries.
 *
 * @param detail short human-readable state, never secrets
 */
public record DnsHealth(boolean serving, String detail) {
}
