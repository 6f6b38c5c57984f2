package io.cloudgate.sigv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every single-byte change to the signed parts of a request: method, path, query (which holds the
 * signature of presigned requests), each value of each signed header, body, and the signature of the
 * {@code Authorization} header. A changed character becomes {@code x} (or {@code y} if it was {@code x}),
 * which always changes the canonical form: it is neither whitespace nor a hex digit nor a separator.
 */
final class Mutations {

    private Mutations() {
    }

    static void forEach(SignedRequest request, List<String> signedHeaders, boolean bodySigned,
                        Consumer<SignedRequest> action) {
        forEachString(request.method(), method -> action.accept(new SignedRequest(method, request.rawPath(),
                request.rawQuery(), request.headers(), request.body())));
        forEachString(request.rawPath(), path -> action.accept(new SignedRequest(request.method(), path,
                request.rawQuery(), request.headers(), request.body())));
        forEachString(request.rawQuery(), query -> action.accept(new SignedRequest(request.method(),
                request.rawPath(), query, request.headers(), request.body())));
        for (String name : signedHeaders) {
            List<String> values = request.headers().get(name);
            for (int v = 0; v < values.size(); v++) {
                int index = v;
                forEachString(values.get(v), changed -> action.accept(withHeaderValue(request, name, index, changed)));
            }
        }
        if (bodySigned) {
            for (int i = 0; i < request.body().length; i++) {
                byte[] body = request.body().clone();
                body[i] ^= 1;
                action.accept(new SignedRequest(request.method(), request.rawPath(), request.rawQuery(),
                        request.headers(), body));
            }
        }
        String authorization = request.firstHeader("authorization");
        if (authorization != null) {
            int signature = authorization.indexOf("Signature=") + "Signature=".length();
            for (int i = signature; i < authorization.length(); i++) {
                action.accept(withHeaderValue(request, "authorization", 0, replaceAt(authorization, i)));
            }
        }
    }

    private static void forEachString(String original, Consumer<String> action) {
        for (int i = 0; i < original.length(); i++) {
            action.accept(replaceAt(original, i));
        }
    }

    private static String replaceAt(String text, int index) {
        char replacement = text.charAt(index) == 'x' ? 'y' : 'x';
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }

    private static SignedRequest withHeaderValue(SignedRequest request, String name, int index, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        List<String> values = new ArrayList<>(headers.get(name));
        values.set(index, value);
        headers.put(name, values);
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }
}
