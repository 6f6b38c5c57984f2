package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.StructureBuilder;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** Fills an SDK model builder through its {@code SdkField} setters. */
final class SdkStructureBuilder implements StructureBuilder {
    private final SdkPojo builder;

    SdkStructureBuilder(SdkPojo builder) {
        this.builder = builder;
    }

    @Override
    public void set(MemberSchema member, Object value) {
        if (!(member instanceof SdkMemberSchema sdkMember)) {
            throw new IllegalArgumentException("Not an SDK member: " + member);
        }
        sdkMember.write(builder, value);
    }

    @Override
    public Object build() {
        return ((SdkBuilder<?, ?>) builder).build();
    }
}
