package io.cloudgate.protocol.schema;

/** Accumulates member values while decoding a structure; {@link #build()} returns the value. */
public interface StructureBuilder {
    void set(MemberSchema member, Object value);

    Object build();
}
