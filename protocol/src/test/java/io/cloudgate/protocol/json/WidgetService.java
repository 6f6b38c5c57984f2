package io.cloudgate.protocol.json;

import static io.cloudgate.protocol.json.TestShapes.list;
import static io.cloudgate.protocol.json.TestShapes.map;
import static io.cloudgate.protocol.json.TestShapes.member;
import static io.cloudgate.protocol.json.TestShapes.scalar;
import static io.cloudgate.protocol.json.TestShapes.structure;
import static io.cloudgate.protocol.json.TestShapes.union;

import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.schema.TimestampFormat;
import java.util.Map;

/** A small service whose Widget structure has a member of every kind, for codec tests. */
public final class WidgetService {
    public static final Schema PART = structure("Part", member("name", scalar(ShapeType.STRING)));
    public static final Schema WIDGET = structure("Widget",
            member("name", scalar(ShapeType.STRING)),
            member("small", scalar(ShapeType.BYTE)),
            member("count", scalar(ShapeType.INTEGER)),
            member("size", scalar(ShapeType.LONG)),
            member("weight", scalar(ShapeType.FLOAT)),
            member("ratio", scalar(ShapeType.DOUBLE)),
            member("enabled", scalar(ShapeType.BOOLEAN)),
            member("created", scalar(ShapeType.TIMESTAMP)),
            member("createdText", scalar(ShapeType.TIMESTAMP), TimestampFormat.DATE_TIME),
            member("createdHttp", scalar(ShapeType.TIMESTAMP), TimestampFormat.HTTP_DATE),
            member("payload", scalar(ShapeType.BLOB)),
            member("tags", list(scalar(ShapeType.STRING))),
            member("labels", map(scalar(ShapeType.STRING))),
            member("part", PART),
            member("choice", union("Choice", member("text", scalar(ShapeType.STRING)),
                    member("number", scalar(ShapeType.INTEGER)))),
            member("extra", scalar(ShapeType.DOCUMENT)));
    public static final OperationSchema PUT_WIDGET = new OperationSchema("PutWidget", WIDGET, WIDGET, null);
    public static final OperationSchema PING = new OperationSchema("Ping", null, null, null);

    private WidgetService() {
    }

    public static ServiceSchema service(boolean awsQueryCompatible) {
        return new ServiceSchema("widgets", "2024-01-01", null, "WidgetService_2024", awsQueryCompatible,
                Map.of(PUT_WIDGET.name(), PUT_WIDGET, PING.name(), PING));
    }
}
