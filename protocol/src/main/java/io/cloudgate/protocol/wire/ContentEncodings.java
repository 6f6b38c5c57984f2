package io.cloudgate.protocol.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes request compression (Smithy {@code @requestCompression}: the AWS SDKs gzip large CloudWatch
 * PutMetricData bodies). Runs after signature verification, since the signature covers the bytes as sent.
 */
public final class ContentEncodings {
    private ContentEncodings() {
    }

    /**
     * The request with a gunzipped body and without Content-Encoding when it was gzip-encoded; the request itself
     * otherwise. Throws {@link MalformedRequestException} for corrupt gzip data, an unsupported encoding, or a
     * body that inflates beyond maxBytes.
     */
    public static WireRequest decode(WireRequest request, int maxBytes) {
        List<String> encodings = request.headers().all("content-encoding");
        if (encodings.isEmpty()) {
            return request;
        }
        byte[] body = request.body();
        boolean changed = false;
        for (String header : encodings) {
            for (String token : header.split(",")) {
                String encoding = token.trim().toLowerCase(Locale.ROOT);
                switch (encoding) {
                    case "", "identity" -> { }
                    case "gzip", "x-gzip" -> {
                        body = gunzip(body, maxBytes);
                        changed = true;
                    }
                    default -> throw new MalformedRequestException("Unsupported Content-Encoding: " + encoding);
                }
            }
        }
        if (!changed) {
            return request;
        }
        Headers headers = new Headers();
        request.headers().asMap().forEach((name, values) -> {
            if (!name.equals("content-encoding")) {
                values.forEach(value -> headers.add(name, value));
            }
        });
        return new WireRequest(request.method(), request.rawPath(), request.rawQuery(), headers, body);
    }

    private static byte[] gunzip(byte[] compressed, int maxBytes) {
        if (compressed.length == 0) {
            return compressed;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, compressed.length * 4L));
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (out.size() + read > maxBytes) {
                    throw new MalformedRequestException("Decompressed request body exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new MalformedRequestException("Request body is not valid gzip data", e);
        }
    }
}
