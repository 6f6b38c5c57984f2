package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** A STRUCTURE backed by an SDK model class; values are the built model objects. */
final class SdkStructureSchema implements Schema {
    private final Supplier<? extends SdkPojo> builderSupplier;
    private final String shapeName;
    private final List<MemberSchema> members;

    SdkStructureSchema(Supplier<? extends SdkPojo> builderSupplier, SdkPojo probe) {
        this.builderSupplier = builderSupplier;
        this.shapeName = modelClassName(probe);
        List<MemberSchema> list = new ArrayList<>();
        for (SdkField<?> field : probe.sdkFields()) {
            list.add(SdkMemberSchema.forField(field));
        }
        this.members = Collections.unmodifiableList(list);
    }

    /** The SDK names model classes after the AWS shapes, and restXml roots use those names. */
    private static String modelClassName(SdkPojo builder) {
        Class<?> enclosing = builder.getClass().getEnclosingClass();
        if (enclosing != null) {
            return enclosing.getSimpleName();
        }
        return ((SdkBuilder<?, ?>) builder).build().getClass().getSimpleName();
    }

    @Override
    public ShapeType type() {
        return ShapeType.STRUCTURE;
    }

    @Override
    public String shapeName() {
        return shapeName;
    }

    @Override
    public List<MemberSchema> members() {
        return members;
    }

    @Override
    public StructureBuilder newBuilder() {
        return new SdkStructureBuilder(builderSupplier.get());
    }

    @Override
    public Object memberValue(Object structure, MemberSchema member) {
        if (!(member instanceof SdkMemberSchema sdkMember)) {
            throw new IllegalArgumentException("Not a member of " + shapeName + ": " + member);
        }
        Object model = structure instanceof SdkBuilder<?, ?> builder ? builder.build() : structure;
        return sdkMember.read(model);
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
        return shapeName;
    }
}
