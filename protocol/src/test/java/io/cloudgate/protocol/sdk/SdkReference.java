package io.cloudgate.protocol.sdk;

import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.protocols.query.AwsEc2ProtocolFactory;
import software.amazon.awssdk.protocols.query.AwsQueryProtocolFactory;
import software.amazon.awssdk.protocols.xml.AwsXmlProtocolFactory;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The AWS SDK v2's own protocol marshallers and unmarshallers, used as the reference our codecs must agree with:
 * requests the SDK writes must decode to equal objects; responses we write must parse back to equal objects.
 */
public final class SdkReference {
    private static final SdkClientConfiguration CONFIG = SdkClientConfiguration.builder()
            .option(SdkClientOption.ENDPOINT, URI.create("https://gateway.test"))
            .build();

    private SdkReference() {
    }

    public static AwsEc2ProtocolFactory ec2(Supplier<SdkPojo> exceptionBuilder) {
        return AwsEc2ProtocolFactory.builder().clientConfiguration(CONFIG)
                .defaultServiceExceptionSupplier(exceptionBuilder).build();
    }

    public static AwsQueryProtocolFactory query(Supplier<SdkPojo> exceptionBuilder) {
        return AwsQueryProtocolFactory.builder().clientConfiguration(CONFIG)
                .defaultServiceExceptionSupplier(exceptionBuilder).build();
    }

    public static AwsXmlProtocolFactory xml(Supplier<SdkPojo> exceptionBuilder) {
        return AwsXmlProtocolFactory.builder().clientConfiguration(CONFIG)
                .defaultServiceExceptionSupplier(exceptionBuilder).build();
    }

    /** A query-protocol request as the SDK sends it: its parameters as a form body. */
    public static WireRequest formRequest(SdkHttpFullRequest marshalled) {
        String form = SdkHttpUtils.encodeAndFlattenFormData(marshalled.rawQueryParameters()).orElse("");
        Headers headers = new Headers().add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        return new WireRequest("POST", "/", "", headers, form.getBytes(StandardCharsets.UTF_8));
    }

    /** A REST request exactly as the SDK marshalled it: method, path, query string, headers and body. */
    public static WireRequest restRequest(SdkHttpFullRequest marshalled) {
        Headers headers = new Headers();
        marshalled.forEachHeader((name, values) -> values.forEach(value -> headers.add(name, value)));
        String query = SdkHttpUtils.encodeAndFlattenQueryParameters(marshalled.rawQueryParameters()).orElse("");
        byte[] body = marshalled.contentStreamProvider().map(provider -> readAll(provider.newStream()))
                .orElse(new byte[0]);
        return new WireRequest(marshalled.method().name(), marshalled.encodedPath(), query, headers, body);
    }

    /** Runs one of the SDK's response handlers over our response bytes and headers. */
    public static <T> T unmarshal(HttpResponseHandler<T> handler, WireResponse response) throws Exception {
        SdkHttpFullResponse.Builder sdk = SdkHttpFullResponse.builder().statusCode(response.status())
                .content(AbortableInputStream.create(new ByteArrayInputStream(response.body())));
        for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
            sdk.putHeader(header.getKey(), header.getValue());
        }
        return handler.handle(sdk.build(), new ExecutionAttributes());
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
