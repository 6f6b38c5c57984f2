package io.cloudgate.protocol.schema;

/**
 * One operation of a service.
 *
 * @param http           REST binding; null for RPC protocols
 */
public record OperationSchema(String name, Schema input, Schema output, HttpBinding http) {
}
