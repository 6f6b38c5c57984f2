package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import software.amazon.smithy.model.shapes.MemberShape;

/** A {@link MemberSchema} over a Smithy member, names already resolved for one protocol. */
record SmithyMember(SmithySchemas schemas, MemberShape shape, String requestName, String responseName,
                    Location location, String locationName, TimestampFormat timestampFormat) implements MemberSchema {
    @Override
    public String name() {
        return shape.getMemberName();
    }

    @Override
    public Schema target() {
        return schemas.schema(shape.getTarget());
    }

    @Override
    public boolean flattened() {
        return shape.hasTrait("smithy.api#xmlFlattened");
    }

    @Override
    public boolean xmlAttribute() {
        return shape.hasTrait("smithy.api#xmlAttribute");
    }

    @Override
    public XmlNamespace xmlNamespace() {
        return SmithySchemas.namespace(shape);
    }

    @Override
    public boolean required() {
        return shape.hasTrait("smithy.api#required");
    }

    @Override
    public boolean idempotencyToken() {
        return shape.hasTrait("smithy.api#idempotencyToken");
    }

    /** The member's modelled default converted to a codec value, or null. */
    Object defaultValue() {
        return schemas.defaultValue(this);
    }

    @Override
    public String toString() {
        return shape.getId().toString();
    }
}
