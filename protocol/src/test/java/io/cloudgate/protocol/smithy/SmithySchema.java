package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.traits.MediaTypeTrait;
import software.amazon.smithy.model.traits.XmlNameTrait;

/**
 * A {@link Schema} over a Smithy shape. Structure and union values are {@code LinkedHashMap}s keyed by member
 * name, so that they compare directly with a test case's params. Members are resolved lazily because shapes
 * may be recursive.
 */
final class SmithySchema implements Schema {
    private final SmithySchemas schemas;
    private final Shape shape;
    private final ShapeType type;
    private List<MemberSchema> members;

    SmithySchema(SmithySchemas schemas, Shape shape, ShapeType type) {
        this.schemas = schemas;
        this.shape = shape;
        this.type = type;
    }

    Shape shape() {
        return shape;
    }

    @Override
    public ShapeType type() {
        return type;
    }

    /** The xmlName of the shape when it has one (restXml roots), else its name. */
    @Override
    public String shapeName() {
        return shape.getTrait(XmlNameTrait.class).map(XmlNameTrait::getValue).orElse(shape.getId().getName());
    }

    @Override
    public synchronized List<MemberSchema> members() {
        if (members == null) {
            members = type == ShapeType.STRUCTURE || type == ShapeType.UNION
                    ? shape.members().stream().map(m -> (MemberSchema) schemas.member(m, null)).toList()
                    : List.of();
        }
        return members;
    }

    @Override
    public StructureBuilder newBuilder() {
        return new MapStructureBuilder(this);
    }

    @Override
    public Object memberValue(Object structure, MemberSchema member) {
        return ((Map<?, ?>) structure).get(member.name());
    }

    @Override
    public MemberSchema listMember() {
        return shape.asListShape().map(list -> schemas.member(list.getMember(), "member")).orElse(null);
    }

    @Override
    public MemberSchema mapKey() {
        return shape.asMapShape().map(map -> schemas.member(map.getKey(), "key")).orElse(null);
    }

    @Override
    public MemberSchema mapValue() {
        return shape.asMapShape().map(map -> schemas.member(map.getValue(), "value")).orElse(null);
    }

    @Override
    public XmlNamespace xmlNamespace() {
        return SmithySchemas.namespace(shape);
    }

    @Override
    public String mediaType() {
        return shape.getTrait(MediaTypeTrait.class).map(MediaTypeTrait::getValue).orElse(null);
    }

    @Override
    public String toString() {
        return shape.getId().toString();
    }
}
