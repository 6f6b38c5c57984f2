package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.WireRequest;
import java.util.Optional;

/**
 * awsJson1_0 and awsJson1_1: {@code POST /} with {@code X-Amz-Target: {prefix}.{Operation}} and a JSON object
 * body. The two versions differ only in their Content-Type. Members travel under their model names (jsonName
 * does not apply), timestamps as epoch seconds unless a member says otherwise, blobs as base64.
 * {@code x-amzn-query-mode} (sent by the AWS CLI to awsQuery-compatible services) needs no handling.
 */
public final class AwsJsonProtocol extends JacksonRpcProtocol {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String id;
    private final String contentType;

    /** version is "1.0" or "1.1". */
    public AwsJsonProtocol(String version) {
        super(JSON, JsonTimestampEncoding.INSTANCE);
        if (!version.equals("1.0") && !version.equals("1.1")) {
            throw new IllegalArgumentException("version: " + version + " (expected: 1.0 or 1.1)");
        }
        this.id = "awsJson" + version.replace('.', '_');
        this.contentType = "application/x-amz-json-" + version;
    }

    @Override
    public String id() {
        return id;
    }

    /** Present for any POST carrying X-Amz-Target; the operation is null when the target names another prefix. */
    @Override
    public Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        String target = request.header("x-amz-target");
        if (target == null || !request.method().equals("POST")) {
            return Optional.empty();
        }
        int dot = target.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of(new Addressed(target, null));
        }
        String name = target.substring(dot + 1);
        boolean ownPrefix = target.substring(0, dot).equals(service.jsonTargetPrefix());
        OperationSchema operation = ownPrefix ? service.operation(name) : null;
        return Optional.of(new Addressed(name, operation));
    }

    @Override
    protected String contentType() {
        return contentType;
    }

    @Override
    protected boolean contentTypeWithoutBody() {
        return true;
    }

    /** JSON clients may send whitespace for "no input". */
    @Override
    protected boolean isEmptyBody(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
