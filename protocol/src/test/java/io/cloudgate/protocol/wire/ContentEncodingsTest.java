package io.cloudgate.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentEncodingsTest {
    @Test
    void gzipBodiesAreInflatedAndTheHeaderDropped() throws IOException {
        WireRequest request = request("gzip", gzip("Action=PutMetricData".getBytes(StandardCharsets.UTF_8)));

        WireRequest decoded = ContentEncodings.decode(request, 1024);

        assertThat(decoded.bodyAsString()).isEqualTo("Action=PutMetricData");
        assertThat(decoded.headers().contains("Content-Encoding")).isFalse();
        assertThat(decoded.header("X-Other")).isEqualTo("kept");
        assertThat(ContentEncodings.decode(decoded, 1024)).isSameAs(decoded);
    }

    @Test
    void identityAndAbsentEncodingsLeaveTheRequestAlone() {
        WireRequest identity = request("identity", new byte[] {1});

        assertThat(ContentEncodings.decode(identity, 1024)).isSameAs(identity);
    }

    @Test
    void corruptUnsupportedOrOversizedBodiesAreClientErrors() throws IOException {
        WireRequest corrupt = request("gzip", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        WireRequest brotli = request("br", new byte[] {1});
        WireRequest bomb = request("gzip", gzip(new byte[1_000_000]));

        assertThatThrownBy(() -> ContentEncodings.decode(corrupt, 1024)).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> ContentEncodings.decode(brotli, 1024)).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> ContentEncodings.decode(bomb, 64 * 1024))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("exceeds");
    }

    private static WireRequest request(String encoding, byte[] body) {
        Headers headers = new Headers().add("Content-Encoding", encoding).add("X-Other", "kept");
        return new WireRequest("POST", "/", "", headers, body);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
