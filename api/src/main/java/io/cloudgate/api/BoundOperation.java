package io.cloudgate.api;

import io.cloudgate.protocol.schema.OperationSchema;
import java.util.Objects;

/** An operation's schema together with the code that handles it. */
public record BoundOperation(OperationSchema schema, Operation<Object, Object> handler) {
    public BoundOperation {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(handler, "handler");
    }

    @SuppressWarnings("unchecked")
    public static <I, O> BoundOperation of(OperationSchema schema, Operation<I, O> handler) {
        return new BoundOperation(schema, (Operation<Object, Object>) (Operation<?, ?>) handler);
    }

    public String name() {
        return schema.name();
    }
}
