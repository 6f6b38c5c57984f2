package io.cloudgate.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.MemberSchema;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.Schema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The envelope shared by the RPC protocols whose body is one document of a Jackson format (awsJson, rpcv2Cbor):
 * the body is the input/output structure itself, and an error is a structure holding {@code __type}, the
 * error's members and a message. Subclasses name the format and how operations are addressed.
 */
public abstract class JacksonRpcProtocol implements Protocol {
    private static final String REQUEST_ID_HEADER = "x-amzn-RequestId";
    /** Lets clients of awsQuery-compatible services recover the query error code and fault. */
    private static final String QUERY_ERROR_HEADER = "x-amzn-query-error";

    private final JsonFactory factory;
    private final SchemaValueReader reader;
    private final SchemaValueWriter writer;

    protected JacksonRpcProtocol(JsonFactory factory, TimestampEncoding timestamps) {
        this.factory = factory;
        this.reader = new SchemaValueReader(timestamps);
        this.writer = new SchemaValueWriter(timestamps);
    }

    /** The Content-Type of response bodies. */
    protected abstract String contentType();

    /** Whether a response without a body still carries Content-Type (awsJson yes, rpcv2Cbor no). */
    protected abstract boolean contentTypeWithoutBody();

    /** Headers every response carries besides the request id. */
    protected void addProtocolHeaders(Headers headers) {
    }

    /** Whether the request body counts as "no input". */
    protected boolean isEmptyBody(byte[] body) {
        return body.length == 0;
    }

    /** Refuses bodies the format's parser would handle badly, before parsing; nothing to check by default. */
    protected void checkStructure(byte[] body) {
    }

    @Override
    public Object decodeInput(WireRequest request, ServiceSchema service, OperationSchema operation) {
        byte[] body = request.body();
        Schema input = operation.input();
        if (isEmptyBody(body)) {
            return input == null ? null : input.newBuilder().build();
        }
        checkStructure(body);
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedRequestException("Request body must be an object");
            }
            Object value = null;
            if (input == null) {
                parser.skipChildren();
            } else {
                value = reader.readStructure(parser, input);
            }
            if (parser.nextToken() != null) {
                throw new MalformedRequestException("Unexpected content after the request body");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("Malformed request body: " + e.getOriginalMessage(), e);
        } catch (IOException | NumberFormatException e) {
            throw new MalformedRequestException("Malformed request body", e);
        }
    }

    @Override
    public WireResponse encodeOutput(ServiceSchema service, OperationSchema operation, Object output, String requestId) {
        Headers headers = responseHeaders(requestId);
        Schema schema = operation.output();
        if (schema == null) {
            if (contentTypeWithoutBody()) {
                headers.set("Content-Type", contentType());
            }
            return new WireResponse(200, headers, new byte[0]);
        }
        headers.set("Content-Type", contentType());
        return new WireResponse(200, headers, generate(generator -> writer.writeStructure(generator, schema, output)));
    }

    @Override
    public WireResponse encodeError(ServiceSchema service, ErrorValue error, String requestId) {
        Headers headers = responseHeaders(requestId);
        headers.set("Content-Type", contentType());
        if (service.awsQueryCompatible()) {
            headers.set(QUERY_ERROR_HEADER, error.code() + ";" + (error.senderFault() ? "Sender" : "Receiver"));
        }
        byte[] body = generate(generator -> {
            generator.writeStartObject();
            generator.writeStringField("__type", error.code());
            boolean messageWritten = false;
            if (error.schema() != null && error.value() != null) {
                writer.writeMembers(generator, error.schema(), error.value());
                messageWritten = modelledMessage(error.schema(), error.value()) != null;
            }
            if (!messageWritten && error.message() != null) {
                generator.writeStringField("message", error.message());
            }
            generator.writeEndObject();
        });
        return new WireResponse(error.status(), headers, body);
    }

    private Headers responseHeaders(String requestId) {
        Headers headers = new Headers();
        if (requestId != null) {
            headers.set(REQUEST_ID_HEADER, requestId);
        }
        addProtocolHeaders(headers);
        return headers;
    }

    /** The error's own "message"/"Message" member value, which then stands for the message. */
    private static Object modelledMessage(Schema schema, Object value) {
        for (MemberSchema member : schema.members()) {
            if (member.name().equalsIgnoreCase("message")) {
                return schema.memberValue(value, member);
            }
        }
        return null;
    }

    private byte[] generate(BodyWriter body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = factory.createGenerator(out)) {
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode response", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface BodyWriter {
        void write(JsonGenerator generator) throws IOException;
    }
}
