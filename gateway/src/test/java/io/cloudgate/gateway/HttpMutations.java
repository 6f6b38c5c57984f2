package io.cloudgate.gateway;

import io.cloudgate.gateway.FuzzRequest.Framing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Mutations of what surrounds the body: protocol-selecting headers (Content-Type, X-Amz-Target, smithy-protocol),
 * Content-Encoding, expectations, methods, paths and labels, and header syntax Netty itself must refuse.
 */
final class HttpMutations {
    private static final String[] CONTENT_TYPES = {"application/json", "text/plain", "application/x-amz-json-1.1",
            "application/x-www-form-urlencoded; charset=ISO-8859-1",
            "application/x-www-form-urlencoded; charset=utf-16",
            "multipart/form-data; boundary=x", "application/cbor", "application/xml", "", ";;;", "\u00e9/\u00e9",
            "application/x-www-form-urlencoded" + "; p=v".repeat(1000)};
    private static final String[] TARGETS = {"", ".", "GraniteServiceVersion20100801.", ".ListMetrics",
            "Other.ListMetrics", "GraniteServiceVersion20100801.ListMetrics.Extra",
            "GraniteServiceVersion20100801.PutMetricData",
            "GraniteServiceVersion20100801.DescribeAlarms", "graniteserviceversion20100801.listmetrics",
            "GraniteServiceVersion20100801.ListMetrics\u00e9", "GraniteServiceVersion20100801." + "X".repeat(4000),
            "GraniteServiceVersion20100801.ListMetrics, Other.Op"};
    private static final String[] LABELS = {"%2F", "%00", "%zz", "%", "..", "../..", "Z1%2F..%2Fx", "Z\u00e9", "%C3%28",
            "Z1;x=y", "Z1%3Fa%3Db", "Z1?x=%zz", "Z1#frag", "", "Z1/", "Z1//", "%20", "+", "~", "x".repeat(2000)};
    private static final String ZONES = "/2013-04-01/hostedzone/";
    private static final String[] METHODS = {"PUT", "DELETE", "PATCH", "OPTIONS", "get", "FOO", "TRACE", "CONNECT"};

    private HttpMutations() {
    }

    static FuzzRequest mutate(FuzzRequest seed, Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> {
                String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                yield seed.mutant("Content-Type := " + FormMutations.abbreviate(type)).withHeader("Content-Type",
                        random.nextInt(5) == 0 ? null : type);
            }
            case 1 -> {
                String target = TARGETS[random.nextInt(TARGETS.length)];
                yield seed.mutant("X-Amz-Target := " + FormMutations.abbreviate(target)).withHeader("X-Amz-Target",
                        random.nextInt(6) == 0 ? null : target);
            }
            case 2 -> {
                String protocol = new String[] {"rpc-v2-json", "", "RPC-V2-CBOR", " rpc-v2-cbor", "rpc-v2-cbor, x",
                        "rpc-v2-cbor"}[random.nextInt(6)];
                yield seed.mutant("smithy-protocol := " + protocol).withHeader("smithy-protocol",
                        random.nextInt(6) == 0 ? null : protocol);
            }
            case 3 -> contentEncoding(seed, random);
            case 4 -> method(seed, random);
            case 5, 6 -> path(seed, random);
            case 7 -> duplicateHeader(seed, random);
            case 8 -> {
                // Refused and closed at once; the body sent behind it may reset the connection first.
                String expectation = new String[] {"kaboom", "200-ok", "100-continue-later"}[random.nextInt(3)];
                yield seed.mutant("Expect: " + expectation).plusHeader("Expect", expectation)
                        .withFraming(new Framing(null, false, false, true, false));
            }
            default -> brokenSyntax(seed, random);
        };
    }

    private static FuzzRequest contentEncoding(FuzzRequest seed, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> seed.mutant("gzip").withHeader("Content-Encoding", "gzip").withBody(gzip(seed.body()));
            case 1 -> seed.mutant("gzip header, plain body").withHeader("Content-Encoding", "gzip");
            case 2 -> seed.mutant("Content-Encoding br").withHeader("Content-Encoding", "br");
            case 3 -> seed.mutant("gzip, gzip once").withHeader("Content-Encoding", "gzip, gzip")
                    .withBody(gzip(seed.body()));
            default -> seed.mutant("gzip truncated").withHeader("Content-Encoding", "gzip")
                    .withBody(java.util.Arrays.copyOf(gzip(seed.body()), 12));
        };
    }

    private static FuzzRequest method(FuzzRequest seed, Random random) {
        String method = METHODS[random.nextInt(METHODS.length)];
        return seed.mutant("method " + method).withTarget(method, seed.path(), seed.query());
    }

    private static FuzzRequest path(FuzzRequest seed, Random random) {
        String path = seed.path();
        String mutated = switch (random.nextInt(7)) {
            case 0, 1, 2 -> {
                String label = LABELS[random.nextInt(LABELS.length)];
                if (path.startsWith(ZONES)) {
                    int labelEnd = path.indexOf('/', ZONES.length());
                    yield ZONES + label + (labelEnd < 0 ? "" : path.substring(labelEnd));
                }
                yield path.substring(0, path.lastIndexOf('/') + 1) + label;
            }
            case 3 -> path.replace("/", "//");
            case 4 -> "/.." + path;
            case 5 -> path + "/" + "a".repeat(new int[] {100, 8000}[random.nextInt(2)]);
            default -> new String[] {"*", "http://127.0.0.1" + path, "", "/%2e%2e" + path, "/service/X/operation/",
                    "/service/GraniteServiceVersion20100801/operation/ListMetrics/x", "/prefix" + path}
                    [random.nextInt(7)];
        };
        String query = random.nextInt(4) == 0 ? "x=%zz&x" : seed.query();
        FuzzRequest mutant = seed.mutant("target " + FormMutations.abbreviate(mutated) + "?" + query)
                .withTarget(seed.method(), mutated, query);
        return mutated.isEmpty() || mutated.startsWith("http:") || mutated.equals("*")
                ? mutant.withFraming(new Framing(null, false, false, false, true)) : mutant;
    }

    private static FuzzRequest duplicateHeader(FuzzRequest seed, Random random) {
        String name = new String[] {"Content-Type", "X-Amz-Target", "smithy-protocol", "Content-Encoding"}
                [random.nextInt(4)];
        String value = seed.header(name) == null ? "x" : seed.header(name);
        return seed.mutant("duplicate " + name).plusHeader(name, random.nextBoolean() ? value : "other/" + value);
    }

    /** Headers HTTP/1.1 does not allow; the request cannot be read, so only a 4xx is owed. */
    private static FuzzRequest brokenSyntax(FuzzRequest seed, Random random) {
        Framing broken = new Framing(null, false, false, false, true);
        return switch (random.nextInt(6)) {
            case 0 -> seed.mutant("header name with space").plusHeader("X Bad", "1").withFraming(broken);
            case 1 -> seed.mutant("header without colon").plusHeader("X-Broken\r\nNoColon", "1").withFraming(broken);
            case 2 -> seed.mutant("header line of 70000").plusHeader("X-Long", "v".repeat(70_000)).withFraming(broken);
            case 3 -> seed.mutant("Content-Length abc").plusHeader("Content-Length", "abc").withFraming(broken);
            case 4 -> seed.mutant("Transfer-Encoding gzip").plusHeader("Transfer-Encoding", "gzip")
                    .withFraming(broken);
            default -> seed.mutant("control bytes in header").plusHeader("X-Ctl", "a\u0000\u0007b").withFraming(broken);
        };
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
