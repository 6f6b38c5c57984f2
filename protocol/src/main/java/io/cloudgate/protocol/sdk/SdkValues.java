package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ShapeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/** Converts between codec values (byte[] blobs, null for unset) and SDK field values (SdkBytes, auto-construct). */
final class SdkValues {
    private SdkValues() {
    }

    static Object toSdk(Object value, Schema target) {
        if (value == null) {
            return null;
        }
        return switch (target.type()) {
            case BLOB -> value instanceof byte[] bytes ? SdkBytes.fromByteArray(bytes) : value;
            case LIST -> needsConversion(target.listMember().target()) ? mapList((List<?>) value,
                    target.listMember().target(), true) : value;
            case MAP -> needsConversion(target.mapValue().target()) ? mapMap((Map<?, ?>) value,
                    target.mapValue().target(), true) : value;
            default -> value;
        };
    }

    static Object fromSdk(Object value, Schema target) {
        if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
            return null;
        }
        return switch (target.type()) {
            case BLOB -> value instanceof SdkBytes bytes ? bytes.asByteArray() : value;
            case LIST -> needsConversion(target.listMember().target()) ? mapList((List<?>) value,
                    target.listMember().target(), false) : value;
            case MAP -> needsConversion(target.mapValue().target()) ? mapMap((Map<?, ?>) value,
                    target.mapValue().target(), false) : value;
            default -> value;
        };
    }

    private static boolean needsConversion(Schema element) {
        ShapeType type = element.type();
        return type == ShapeType.BLOB || type == ShapeType.LIST || type == ShapeType.MAP;
    }

    private static List<Object> mapList(List<?> list, Schema element, boolean toSdk) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object item : list) {
            out.add(toSdk ? toSdk(item, element) : fromSdk(item, element));
        }
        return out;
    }

    private static Map<Object, Object> mapMap(Map<?, ?> map, Schema element, boolean toSdk) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, toSdk ? toSdk(v, element) : fromSdk(v, element)));
        return out;
    }
}
