package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.Location;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import io.cloudgate.protocol.schema.XmlNamespace;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.core.traits.XmlAttributeTrait;

/** A member described by an {@code SdkField} (or, for map keys, by the map's key name alone). */
final class SdkMemberSchema implements MemberSchema {
    private final SdkField<?> field;
    private final String name;
    private final String requestName;
    private final String responseName;
    private final Supplier<Schema> targetFactory;
    private volatile Schema target;
    // Trait lookups are map lookups in the SDK; codecs ask for these for every value they write, so they are
    // decided once here.
    private final Location location;
    private final boolean flattened;
    private final boolean xmlAttribute;
    private final TimestampFormat timestampFormat;
    private final boolean required;
    private final boolean idempotencyToken;
    /** Whether codec values differ from SDK values: blobs, and collections (auto-constructed, or of blobs). */
    private final boolean convertsValues;

    private SdkMemberSchema(SdkField<?> field, String name, String requestName, String responseName,
                            Supplier<Schema> targetFactory) {
        this.field = field;
        this.name = name;
        this.requestName = requestName;
        this.responseName = responseName;
        this.targetFactory = targetFactory;
        this.location = locationOf(field);
        this.flattened = field != null && field.getOptionalTrait(ListTrait.class).map(ListTrait::isFlattened)
                .or(() -> field.getOptionalTrait(MapTrait.class).map(MapTrait::isFlattened))
                .orElse(false);
        this.xmlAttribute = field != null && field.containsTrait(XmlAttributeTrait.class);
        this.timestampFormat = timestampFormatOf(field);
        this.required = field != null && field.containsTrait(RequiredTrait.class);
        this.idempotencyToken = field != null && field.containsTrait(DefaultValueTrait.class);
        this.convertsValues = field == null || switch (field.marshallingType().getKnownType()) {
            case LIST, MAP, SDK_BYTES -> true;
            default -> false;
        };
    }

    static SdkMemberSchema forField(SdkField<?> field) {
        return new SdkMemberSchema(field, field.memberName(), field.locationName(), field.unmarshallLocationName(),
                () -> targetOf(field));
    }

    /** ec2Query request names come from memberLocationName; responses from the member field's unmarshall name. */
    static SdkMemberSchema forListMember(ListTrait trait) {
        SdkField<?> member = trait.memberFieldInfo();
        String requestName = trait.memberLocationName() != null ? trait.memberLocationName() : member.locationName();
        String responseName = member.unmarshallLocationName() != null ? member.unmarshallLocationName() : requestName;
        return new SdkMemberSchema(member, "member", orMember(requestName), orMember(responseName),
                () -> targetOf(member));
    }

    static SdkMemberSchema forMapKey(MapTrait trait) {
        String key = trait.keyLocationName() != null ? trait.keyLocationName() : "key";
        return new SdkMemberSchema(null, "key", key, key, () -> SdkScalarSchema.of(ShapeType.STRING));
    }

    static SdkMemberSchema forMapValue(MapTrait trait) {
        String value = trait.valueLocationName() != null ? trait.valueLocationName() : "value";
        SdkField<?> valueField = trait.valueFieldInfo();
        return new SdkMemberSchema(valueField, "value", value, value, () -> targetOf(valueField));
    }

    private static String orMember(String name) {
        return name != null ? name : "member";
    }

    private static Schema targetOf(SdkField<?> field) {
        MarshallingKnownType known = field.marshallingType().getKnownType();
        return switch (known) {
            case SDK_POJO -> SdkSchemas.of(field.constructor());
            case LIST -> SdkCollectionSchema.list(field.getRequiredTrait(ListTrait.class));
            case MAP -> SdkCollectionSchema.map(field.getRequiredTrait(MapTrait.class));
            case STRING -> SdkScalarSchema.of(ShapeType.STRING);
            case INTEGER -> SdkScalarSchema.of(ShapeType.INTEGER);
            case LONG -> SdkScalarSchema.of(ShapeType.LONG);
            case FLOAT -> SdkScalarSchema.of(ShapeType.FLOAT);
            case DOUBLE -> SdkScalarSchema.of(ShapeType.DOUBLE);
            case BIG_DECIMAL -> SdkScalarSchema.of(ShapeType.BIG_DECIMAL);
            case BOOLEAN -> SdkScalarSchema.of(ShapeType.BOOLEAN);
            case INSTANT -> SdkScalarSchema.of(ShapeType.TIMESTAMP);
            case SDK_BYTES -> SdkScalarSchema.of(ShapeType.BLOB);
            case SHORT -> SdkScalarSchema.of(ShapeType.SHORT);
            case BYTE -> SdkScalarSchema.of(ShapeType.BYTE);
            case DOCUMENT -> SdkScalarSchema.of(ShapeType.DOCUMENT);
            case NULL -> throw new IllegalArgumentException("Field without a type: " + field.memberName());
        };
    }

    /**
     * Reads this member from a built model object, in codec value form. Scalars other than blobs are the SDK's
     * values as they are, so they skip the conversion: large responses read millions of them.
     */
    Object read(Object model) {
        if (idempotencyToken) {
            // getValueOrDefault would invent an idempotency token; the raw value is what was set.
            Object raw = model instanceof SdkRequest request
                    ? request.getValueForField(field.memberName(), Object.class).orElse(null)
                    : null;
            return SdkValues.fromSdk(raw, target());
        }
        Object raw = field.getValueOrDefault(model);
        return convertsValues ? SdkValues.fromSdk(raw, target()) : raw;
    }

    void write(Object builder, Object value) {
        field.set(builder, SdkValues.toSdk(value, target()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Schema target() {
        Schema resolved = target;
        if (resolved == null) {
            resolved = targetFactory.get();
            target = resolved;
        }
        return resolved;
    }

    @Override
    public String requestName() {
        return requestName;
    }

    @Override
    public String responseName() {
        return responseName;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String locationName() {
        Location location = location();
        return location == Location.BODY || location == Location.PAYLOAD ? null : field.locationName();
    }

    @Override
    public boolean flattened() {
        return flattened;
    }

    @Override
    public boolean xmlAttribute() {
        return xmlAttribute;
    }

    @Override
    public XmlNamespace xmlNamespace() {
        return null;
    }

    @Override
    public TimestampFormat timestampFormat() {
        return timestampFormat;
    }

    /** The SDK code generator emits RequiredTrait for few services (Route 53, EC2, STS have none), so mostly false. */
    @Override
    public boolean required() {
        return required;
    }

    /** The SDK code generator gives DefaultValueTrait only to idempotency tokens. */
    @Override
    public boolean idempotencyToken() {
        return idempotencyToken;
    }

    private static Location locationOf(SdkField<?> field) {
        if (field == null || field.location() == null) {
            return Location.BODY;
        }
        boolean isMap = field.marshallingType().getKnownType() == MarshallingKnownType.MAP;
        return switch (field.location()) {
            case PAYLOAD -> field.containsTrait(PayloadTrait.class) ? Location.PAYLOAD : Location.BODY;
            case QUERY_PARAM -> isMap ? Location.QUERY_PARAMS : Location.QUERY;
            case HEADER -> isMap ? Location.PREFIX_HEADERS : Location.HEADER;
            case PATH -> Location.LABEL;
            case GREEDY_PATH -> Location.GREEDY_LABEL;
            case STATUS_CODE -> Location.STATUS_CODE;
        };
    }

    private static TimestampFormat timestampFormatOf(SdkField<?> field) {
        if (field == null) {
            return null;
        }
        return field.getOptionalTrait(TimestampFormatTrait.class).map(t -> switch (t.format()) {
            case ISO_8601 -> TimestampFormat.DATE_TIME;
            case RFC_822 -> TimestampFormat.HTTP_DATE;
            case UNIX_TIMESTAMP, UNIX_TIMESTAMP_MILLIS -> TimestampFormat.EPOCH_SECONDS;
        }).orElse(null);
    }

    @Override
    public String toString() {
        return name;
    }
}
