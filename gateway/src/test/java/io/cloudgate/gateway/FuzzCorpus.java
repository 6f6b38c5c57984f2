package io.cloudgate.gateway;

import io.cloudgate.gateway.FuzzRequest.BodyFormat;
import io.cloudgate.gateway.FuzzRequest.Framing;
import io.cloudgate.gateway.FuzzRequest.SignatureMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Builds the mutated corpus from the seeds, deterministically from one {@link Random}. Most mutants are signed
 * again after mutation so that they reach the decoders; the rest carry the seed's stale signature, an expired or
 * presigned one, a garbled Authorization header or none.
 */
final class FuzzCorpus {
    private final Random random;
    private final int maxBodyBytes;

    FuzzCorpus(long seed, int maxBodyBytes) {
        this.random = new Random(seed);
        this.maxBodyBytes = maxBodyBytes;
    }

    List<FuzzRequest> build(List<FuzzRequest> seeds, int mutantsPerSeed) {
        List<FuzzRequest> corpus = new ArrayList<>();
        for (FuzzRequest seed : seeds) {
            corpus.addAll(framingCases(seed));
            corpus.addAll(formatCases(seed));
            for (int i = 0; i < mutantsPerSeed; i++) {
                FuzzRequest mutant = mutate(seed);
                if (random.nextInt(5) == 0) {
                    mutant = mutate(mutant);
                }
                corpus.add(signature(mutant));
            }
        }
        return corpus;
    }

    private FuzzRequest mutate(FuzzRequest request) {
        int choice = random.nextInt(100);
        if (choice < 25 && request.body().length > 0) {
            ByteMutations.Mutated bytes = ByteMutations.mutate(request.body(), random);
            return request.mutant("body " + bytes.label()).withBody(bytes.bytes());
        }
        if (choice < 75) {
            return structured(request);
        }
        return HttpMutations.mutate(request, random);
    }

    /** A mutation that knows the body's (or, for a GET, the query's) grammar. */
    private FuzzRequest structured(FuzzRequest request) {
        BodyFormat format = request.format();
        if (format == BodyFormat.NONE && !request.query().isEmpty()) {
            ByteMutations.Mutated query = FormMutations.mutate(request.query(), random);
            return request.mutant("query " + query.label()).withTarget(request.method(), request.path(),
                    new String(query.bytes(), StandardCharsets.UTF_8));
        }
        ByteMutations.Mutated body = switch (format) {
            case FORM -> FormMutations.mutate(new String(request.body(), StandardCharsets.UTF_8), random);
            case JSON -> JsonMutations.mutate(request.body(), random);
            case CBOR -> CborMutations.mutate(request.body(), random);
            case XML -> XmlMutations.mutate(request.body(), random);
            case NONE -> null;
        };
        if (body == null) {
            return HttpMutations.mutate(request, random);
        }
        return request.mutant(body.label()).withBody(body.bytes());
    }

    private FuzzRequest signature(FuzzRequest request) {
        int choice = random.nextInt(100);
        FuzzRequest sized = unreadableTarget(request)
                ? request.withFraming(new Framing(null, false, false, true, true)) : request;
        if (choice < 70) {
            return sized;
        }
        if (choice < 73) {
            String other = new String[] {"s3", "sts", "monitoring", "ec2", "iam", "route53"}[random.nextInt(6)];
            return sized.mutant("signed for " + other).withSigning(other, SignatureMode.FRESH, null);
        }
        if (choice < 78) {
            return sized.mutant("presigned").withSigning(sized.signingName(), SignatureMode.PRESIGNED, null);
        }
        if (choice < 88) {
            return sized.mutant("stale signature").withSigning(sized.signingName(), SignatureMode.STALE, null);
        }
        if (choice < 91) {
            return sized.mutant("expired signature").withSigning(sized.signingName(), SignatureMode.EXPIRED, null);
        }
        if (choice < 94) {
            return sized.mutant("unsigned").withSigning(sized.signingName(), SignatureMode.NONE, null);
        }
        return garbled(sized);
    }

    /**
     * A request line Netty cannot read: too long (the server may close while it is still being sent) or with
     * whitespace or control characters inside the target.
     */
    private static boolean unreadableTarget(FuzzRequest request) {
        String target = request.path() + request.query();
        return target.length() > 12_000 || target.chars().anyMatch(c -> c <= ' ' || c == 0x7f);
    }

    private FuzzRequest garbled(FuzzRequest request) {
        int position = random.nextInt(200);
        char replacement = (char) (0x21 + random.nextInt(0x5e));
        record Garble(String name, UnaryOperator<String> edit) {
        }
        Garble garble = new Garble[] {
                new Garble("dropped", a -> null),
                new Garble("truncated", a -> a.substring(0, a.length() / 2)),
                new Garble("char " + position + " := " + replacement, a -> position < a.length()
                        ? a.substring(0, position) + replacement + a.substring(position + 1) : a + replacement),
                new Garble("algorithm", a -> a.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512")),
                new Garble("unknown key", a -> a.replaceFirst("Credential=[^/]*/", "Credential=AKIAUNKNOWN0000000/")),
                new Garble("short scope", a -> a.replace("/aws4_request", "")),
                new Garble("commas", a -> a.replace(", ", ",,, ")),
                new Garble("no signed headers", a -> a.replaceFirst("SignedHeaders=[^,]*", "SignedHeaders=")),
                new Garble("bearer", a -> "Bearer abc"),
                new Garble("padded", a -> a + "x".repeat(10_000)),
                new Garble("non-ASCII", a -> a + "\u00e9"),
                new Garble("SigV2 style", a -> "AWS " + a.substring(a.indexOf('=') + 1))}[random.nextInt(12)];
        return request.mutant("Authorization " + garble.name()).withSigning(request.signingName(),
                SignatureMode.FRESH, garble.edit());
    }

    /** The classic parser attacks, sent to every seed whose body has the format, so that none is left to chance. */
    private static List<FuzzRequest> formatCases(FuzzRequest seed) {
        List<ByteMutations.Mutated> bodies = switch (seed.format()) {
            case JSON -> List.of(JsonMutations.deepNesting(10_000, true), JsonMutations.deepNesting(10_000, false),
                    JsonMutations.deepNesting(100_000, true));
            case CBOR -> List.of(CborMutations.deepNesting(10_000, 0), CborMutations.deepNesting(10_000, 1),
                    CborMutations.deepNesting(10_000, 2), CborMutations.deepNesting(10_000, 3));
            case XML -> List.of(XmlMutations.deepNesting(10_000),
                    new ByteMutations.Mutated(FuzzSeeds.utf8(XmlMutations.BILLION_LAUGHS), "billion laughs"),
                    new ByteMutations.Mutated(FuzzSeeds.utf8(XmlMutations.EXTERNAL_ENTITY), "external entity"));
            case FORM -> List.of(new ByteMutations.Mutated(FuzzSeeds.utf8(new String(seed.body(),
                    StandardCharsets.UTF_8) + "&" + FormMutations.deepParameter("Deep", 10_000)),
                    "member path 10000 deep"));
            case NONE -> List.of();
        };
        return bodies.stream().map(body -> seed.mutant(body.label()).withBody(body.bytes())).toList();
    }

    /** Requests that bend HTTP framing: bodies over the limit, lengths that lie, chunked bodies, compression bombs. */
    private List<FuzzRequest> framingCases(FuzzRequest seed) {
        byte[] oversized = Arrays.copyOf(seed.body(), maxBodyBytes + 1);
        Arrays.fill(oversized, seed.body().length, oversized.length, (byte) ' ');
        List<FuzzRequest> cases = new ArrayList<>(List.of(
                seed.mutant("oversized, Expect: 100-continue").withBody(oversized)
                        .withFraming(new Framing(null, true, false, false, false)),
                seed.mutant("oversized").withBody(oversized).withFraming(new Framing(null, false, false, true, false)),
                seed.mutant("oversized, chunked").withBody(oversized)
                        .withFraming(new Framing(null, false, true, true, false)),
                seed.mutant("Content-Length 2^31-1").withFraming(new Framing(Integer.MAX_VALUE, false, false, false,
                        false)),
                seed.mutant("chunked").withFraming(new Framing(null, false, true, false, false)),
                seed.mutant("Content-Length body+10 (body never completes)")
                        .withFraming(new Framing(seed.body().length + 10, false, false, false, false))));
        if (seed.body().length > 5) {
            cases.add(seed.mutant("Content-Length body-5").withFraming(new Framing(seed.body().length - 5, false,
                    false, false, false)));
        }
        if (seed.format() == BodyFormat.JSON || seed.format() == BodyFormat.CBOR) {
            cases.add(seed.mutant("gzip bomb (20 MiB of zeros)").withHeader("Content-Encoding", "gzip")
                    .withBody(HttpMutations.gzip(new byte[20 * 1024 * 1024])));
        }
        return cases;
    }
}
