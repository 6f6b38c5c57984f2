package io.cloudgate.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/** Signs test requests with the AWS SDK's own SigV4 signer. */
final class Signing {
    private Signing() {
    }

    /** The headers (including Host and Authorization) of the signed request. */
    static Map<String, String> headers(String method, URI uri, Map<String, String> headers, byte[] body,
                                       String service, String accessKeyId, String secret) {
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(unsigned::putHeader);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(accessKeyId, secret))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        Map<String, String> result = new LinkedHashMap<>();
        signed.request().forEachHeader((name, values) -> result.put(name, String.join(",", values)));
        return result;
    }

    /** A complete HTTP/1.1 request text for a form POST to STS signed with the given key. */
    static String stsFormRequest(int port, String form, String accessKeyId, String secret, Map<String, String> extra) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        Map<String, String> signed = headers("POST", URI.create("http://127.0.0.1:" + port + "/"), headers, body,
                "sts", accessKeyId, secret);
        StringBuilder text = new StringBuilder("POST / HTTP/1.1\r\n");
        signed.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        text.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(form);
        return text.toString();
    }
}
