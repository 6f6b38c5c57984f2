package io.cloudgate.cloudstack.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The signing vectors the server accepted, and the five mistakes it rejected, from signing-vectors.json. */
class CloudStackSignerTest {
    private static final JsonNode VECTORS = load();

    @Test
    void everyAcceptedVectorHasTheRecordedCanonicalStringAndSignature() {
        List<JsonNode> vectors = StreamSupport.stream(VECTORS.get("vectors").spliterator(), false).toList();
        assertThat(vectors).hasSize(10);
        for (JsonNode vector : vectors) {
            Map<String, String> params = params(vector.get("params"));
            assertThat(CloudStackSigner.canonical(params)).as(vector.get("description").asText())
                    .isEqualTo(vector.get("canonical_string").asText());
            assertThat(CloudStackSigner.signature(vector.get("secretKey").asText(), params))
                    .as(vector.get("description").asText()).isEqualTo(vector.get("signature").asText());
        }
    }

    @Test
    void theClientSendsExactlyTheRecordedQueryString() {
        for (JsonNode vector : VECTORS.get("vectors")) {
            Map<String, String> params = params(vector.get("params"));
            String command = params.remove("command");
            params.remove("response");
            params.remove("apiKey");
            CloudStackClient client = new CloudStackClient(credentials(vector), request -> null);
            SignedRequest request = client.sign(command, params);
            // The server does not care about the order of parameters in the URL, only about their encoding.
            assertThat(request.queryString().split("&")).as(vector.get("description").asText())
                    .containsExactlyInAnyOrder(vector.get("query_string_sent").asText().split("&"));
            assertThat(request.params().get("signature")).isEqualTo(vector.get("signature").asText());
        }
    }

    @Test
    void rejectedVariantsDoNotMatchOurSignature() {
        String secret = VECTORS.get("vectors").get(0).get("secretKey").asText();
        List<JsonNode> rejected = StreamSupport.stream(VECTORS.get("rejected_variants").spliterator(), false).toList();
        assertThat(rejected).hasSize(5);
        for (JsonNode variant : rejected) {
            Map<String, String> params = params(variant.get("params"));
            String description = variant.get("description").asText();
            assertThat(CloudStackSigner.canonical(params)).as(description)
                    .isEqualTo(variant.get("correct_canonical_string").asText())
                    .isNotEqualTo(variant.get("canonical_string").asText());
            assertThat(CloudStackSigner.signature(secret, params)).as(description)
                    .isNotEqualTo(variant.get("signature").asText());
        }
    }

    @Test
    void verificationRejectsATamperedRequest() {
        JsonNode vector = VECTORS.get("vectors").get(1);
        Map<String, String> params = params(vector.get("params"));
        params.put("signature", vector.get("signature").asText());
        String secret = vector.get("secretKey").asText();
        assertThat(CloudStackSigner.verifies(secret, params)).isTrue();
        params.put("keyword", "another server");
        assertThat(CloudStackSigner.verifies(secret, params)).isFalse();
        params.remove("signature");
        assertThat(CloudStackSigner.verifies(secret, params)).isFalse();
    }

    static CloudStackCredentials credentials(JsonNode vector) {
        return new CloudStackCredentials(vector.get("apiKey").asText(), vector.get("secretKey").asText());
    }

    static Map<String, String> params(JsonNode node) {
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    static JsonNode load() {
        try (InputStream in = CloudStackSignerTest.class.getResourceAsStream("/signing-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
