package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.StructureBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a structure as a map from member name to value. Like a generated server type, it fills in modelled
 * defaults for members left unset, which is what the Smithy "server populates defaults" cases expect.
 */
final class MapStructureBuilder implements StructureBuilder {
    private final SmithySchema schema;
    private final Map<String, Object> values = new LinkedHashMap<>();

    MapStructureBuilder(SmithySchema schema) {
        this.schema = schema;
    }

    @Override
    public void set(MemberSchema member, Object value) {
        values.put(member.name(), value);
    }

    @Override
    public Object build() {
        for (MemberSchema member : schema.members()) {
            if (!values.containsKey(member.name())) {
                Object defaultValue = ((SmithyMember) member).defaultValue();
                if (defaultValue != null) {
                    values.put(member.name(), defaultValue);
                }
            }
        }
        return values;
    }
}
