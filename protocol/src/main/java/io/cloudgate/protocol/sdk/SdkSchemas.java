package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.Schema;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Schemas for AWS SDK v2 model classes, read from their {@code SdkField} metadata. One schema per model class,
 * built once and cached; nested shapes are resolved lazily so recursive shapes are fine.
 */
public final class SdkSchemas {
    private static final Map<Class<?>, SdkStructureSchema> CACHE = new ConcurrentHashMap<>();

    private SdkSchemas() {
    }

    /** The schema of the model class the supplier's builder builds, e.g. {@code of(RunInstancesRequest::builder)}. */
    public static Schema of(Supplier<? extends SdkPojo> builderSupplier) {
        Objects.requireNonNull(builderSupplier, "builderSupplier");
        SdkPojo probe = builderSupplier.get();
        SdkStructureSchema cached = CACHE.get(probe.getClass());
        if (cached != null) {
            return cached;
        }
        // Built outside computeIfAbsent: construction never recurses into the cache, but keep the map lock-free.
        SdkStructureSchema created = new SdkStructureSchema(builderSupplier, probe);
        SdkStructureSchema raced = CACHE.putIfAbsent(probe.getClass(), created);
        return raced == null ? created : raced;
    }

    /** An RPC operation (query protocols): the name as sent in Action, input and output model builders. */
    public static OperationSchema operation(String name, Supplier<? extends SdkPojo> input,
                                            Supplier<? extends SdkPojo> output) {
        return new OperationSchema(name, of(input), of(output), null);
    }

    /**
     * An RPC operation whose model declares no output at all (Smithy Unit), unlike one whose output is an empty
     * structure: awsQuery answers the former without a Result element and the latter with an empty one, and
     * clients such as the Go SDK insist on the difference.
     */
    public static OperationSchema operationWithoutOutput(String name, Supplier<? extends SdkPojo> input) {
        return new OperationSchema(name, of(input), null, null);
    }

    /** A REST operation (restXml): as above plus its HTTP method, URI pattern and success code. */
    public static OperationSchema operation(String name, Supplier<? extends SdkPojo> input,
                                            Supplier<? extends SdkPojo> output, HttpBinding http) {
        return new OperationSchema(name, of(input), of(output), Objects.requireNonNull(http, "http"));
    }
}
