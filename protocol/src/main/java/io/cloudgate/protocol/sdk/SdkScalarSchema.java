package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A simple shape (string, number, timestamp, blob...); one shared instance per type. */
final class SdkScalarSchema implements Schema {
    private static final Map<ShapeType, SdkScalarSchema> BY_TYPE = new EnumMap<>(ShapeType.class);

    static {
        for (ShapeType type : ShapeType.values()) {
            BY_TYPE.put(type, new SdkScalarSchema(type));
        }
    }

    private final ShapeType type;

    private SdkScalarSchema(ShapeType type) {
        this.type = type;
    }

    static SdkScalarSchema of(ShapeType type) {
        return BY_TYPE.get(type);
    }

    @Override
    public ShapeType type() {
        return type;
    }

    @Override
    public String shapeName() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<MemberSchema> members() {
        return List.of();
    }

    @Override
    public StructureBuilder newBuilder() {
        throw new UnsupportedOperationException(shapeName() + " is not a structure");
    }

    @Override
    public Object memberValue(Object structure, MemberSchema member) {
        throw new UnsupportedOperationException(shapeName() + " is not a structure");
    }

    @Override
    public MemberSchema listMember() {
        return null;
    }

    @Override
    public MemberSchema mapKey() {
        return null;
    }

    @Override
    public MemberSchema mapValue() {
        return null;
    }

    @Override
    public XmlNamespace xmlNamespace() {
        return null;
    }

    @Override
    public String toString() {
        return shapeName();
    }
}
