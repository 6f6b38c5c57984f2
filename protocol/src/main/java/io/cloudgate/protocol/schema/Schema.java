package io.cloudgate.protocol.schema;

import java.util.List;

/**
 * A shape as a codec sees it. Two sources implement it: the AWS SDK v2 model classes
 * ({@code SdkField} metadata, for real services) and Smithy models (for the protocol test suites).
 * Names are already resolved for the protocol the schema was built for.
 */
public interface Schema {
    ShapeType type();

    /** The shape's own name (e.g. "GetCallerIdentityResponse"), for diagnostics and restXml roots. */
    String shapeName();

    /** Members of a STRUCTURE or UNION, in declaration order; empty for other shapes. */
    List<MemberSchema> members();

    /** A builder for a STRUCTURE or UNION value. */
    StructureBuilder newBuilder();

    /** Reads a member of a STRUCTURE/UNION value built by this schema or handed in by an operation; null when unset. */
    Object memberValue(Object structure, MemberSchema member);

    /** The element of a LIST; its request/response names are the list's member element name ("member", "item"). */
    MemberSchema listMember();

    /** The key of a MAP; its names are the map's key element name ("key"). */
    MemberSchema mapKey();

    /** The value of a MAP; its names are the map's value element name ("value"). */
    MemberSchema mapValue();

    /** The XML namespace declared on the shape (restXml), or null. */
    XmlNamespace xmlNamespace();

    /** The media type of a BLOB or STRING payload (Smithy mediaType), or null for the protocol's default. */
    default String mediaType() {
        return null;
    }

    default MemberSchema member(String name) {
        for (MemberSchema m : members()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
