package io.cloudgate.store;

/**
 * A stored JSON document.
 *
 * @param version increases by one on every write of the same key; the first write is version 1
 */
public record Document(String partition, String key, String json, long version) {
}
