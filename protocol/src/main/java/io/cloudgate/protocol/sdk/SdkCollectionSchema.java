package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.List;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/** A LIST (from a {@code ListTrait}) or MAP (from a {@code MapTrait}); values are java.util List and Map. */
final class SdkCollectionSchema implements Schema {
    private final ShapeType type;
    private final MemberSchema listMember;
    private final MemberSchema mapKey;
    private final MemberSchema mapValue;

    private SdkCollectionSchema(ShapeType type, MemberSchema listMember, MemberSchema mapKey, MemberSchema mapValue) {
        this.type = type;
        this.listMember = listMember;
        this.mapKey = mapKey;
        this.mapValue = mapValue;
    }

    static SdkCollectionSchema list(ListTrait trait) {
        return new SdkCollectionSchema(ShapeType.LIST, SdkMemberSchema.forListMember(trait), null, null);
    }

    static SdkCollectionSchema map(MapTrait trait) {
        return new SdkCollectionSchema(ShapeType.MAP, null,
                SdkMemberSchema.forMapKey(trait), SdkMemberSchema.forMapValue(trait));
    }

    @Override
    public ShapeType type() {
        return type;
    }

    @Override
    public String shapeName() {
        return type == ShapeType.LIST ? "list" : "map";
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
        return listMember;
    }

    @Override
    public MemberSchema mapKey() {
        return mapKey;
    }

    @Override
    public MemberSchema mapValue() {
        return mapValue;
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
