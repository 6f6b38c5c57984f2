package io.cloudgate.protocol.schema;

/** An XML namespace declaration; prefix is null for the default namespace. */
public record XmlNamespace(String uri, String prefix) {
}
