package io.cloudgate.protocol.json;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.StructureBuilder;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built schemas for codec unit tests; structure values are maps from member name to value. */
public final class TestShapes {
    private TestShapes() {
    }

    public static Schema scalar(ShapeType type) {
        return new TestSchema(type, type.name(), List.of(), null, null);
    }

    public static Schema list(Schema element) {
        return new TestSchema(ShapeType.LIST, "List", List.of(), member("member", element), null);
    }

    public static Schema map(Schema value) {
        return new TestSchema(ShapeType.MAP, "Map", List.of(), null, member("value", value));
    }

    public static Schema structure(String name, MemberSchema... members) {
        return new TestSchema(ShapeType.STRUCTURE, name, List.of(members), null, null);
    }

    public static Schema union(String name, MemberSchema... members) {
        return new TestSchema(ShapeType.UNION, name, List.of(members), null, null);
    }

    public static MemberSchema member(String name, Schema target) {
        return new TestMember(name, target, null);
    }

    public static MemberSchema member(String name, Schema target, TimestampFormat format) {
        return new TestMember(name, target, format);
    }

    record TestSchema(ShapeType type, String shapeName, List<MemberSchema> members, MemberSchema listMember,
                      MemberSchema mapValue) implements Schema {
        @Override
        public StructureBuilder newBuilder() {
            Map<String, Object> values = new LinkedHashMap<>();
            return new StructureBuilder() {
                @Override
                public void set(MemberSchema member, Object value) {
                    values.put(member.name(), value);
                }

                @Override
                public Object build() {
                    return values;
                }
            };
        }

        @Override
        public Object memberValue(Object structure, MemberSchema member) {
            return ((Map<?, ?>) structure).get(member.name());
        }

        @Override
        public MemberSchema mapKey() {
            return mapValue == null ? null : TestShapes.member("key", scalar(ShapeType.STRING));
        }

        @Override
        public XmlNamespace xmlNamespace() {
            return null;
        }
    }

    record TestMember(String name, Schema target, TimestampFormat timestampFormat) implements MemberSchema {
        @Override
        public String requestName() {
            return name;
        }

        @Override
        public String responseName() {
            return name;
        }

        @Override
        public Location location() {
            return Location.BODY;
        }

        @Override
        public String locationName() {
            return null;
        }

        @Override
        public boolean flattened() {
            return false;
        }

        @Override
        public boolean xmlAttribute() {
            return false;
        }

        @Override
        public XmlNamespace xmlNamespace() {
            return null;
        }

        @Override
        public boolean required() {
            return false;
        }

        @Override
        public boolean idempotencyToken() {
            return false;
        }
    }
}
