package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Filters;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** Lists key pairs by name or id, with the filters EC2 documents for them. */
public final class DescribeKeyPairs implements Operation<DescribeKeyPairsRequest, DescribeKeyPairsResponse> {
    private final Ec2Context context;
    private final KeyPairDirectory directory;

    DescribeKeyPairs(Ec2Context context, KeyPairDirectory directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public DescribeKeyPairsResponse handle(DescribeKeyPairsRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        List<KeyPairDirectory.Ec2KeyPair> keys = directory.list(account);
        Map<String, Map<String, String>> tags = context.tags().all(account);
        requireAll(request.keyNames(), keys, key -> key.key().name(), "The key pair '%s' does not exist");
        requireAll(request.keyPairIds(), keys, KeyPairDirectory.Ec2KeyPair::keyPairId,
                "The key pair ID '%s' does not exist");
        Map<String, Function<KeyPairDirectory.Ec2KeyPair, Collection<String>>> fields = Map.of(
                "key-name", key -> List.of(key.key().name()),
                "key-pair-id", key -> List.of(key.keyPairId()),
                "fingerprint", key -> key.details().fingerprint() == null ? List.of()
                        : List.of(key.details().fingerprint()));
        Filters<KeyPairDirectory.Ec2KeyPair> filters = new Filters<>(fields,
                key -> tags.getOrDefault(key.keyPairId(), Map.of()));
        Predicate<KeyPairDirectory.Ec2KeyPair> matches = filters.matcher(request.filters());
        boolean includePublicKey = Boolean.TRUE.equals(request.includePublicKey());
        List<KeyPairInfo> result = keys.stream()
                .filter(key -> request.keyNames().isEmpty() || request.keyNames().contains(key.key().name()))
                .filter(key -> request.keyPairIds().isEmpty() || request.keyPairIds().contains(key.keyPairId()))
                .filter(matches)
                .map(key -> toInfo(key, tags.getOrDefault(key.keyPairId(), Map.of()), includePublicKey))
                .toList();
        return DescribeKeyPairsResponse.builder().keyPairs(result).build();
    }

    private static void requireAll(List<String> wanted, List<KeyPairDirectory.Ec2KeyPair> keys,
                                   Function<KeyPairDirectory.Ec2KeyPair, String> identity, String notFound) {
        for (String value : wanted) {
            if (keys.stream().noneMatch(key -> identity.apply(key).equals(value))) {
                throw AwsException.badRequest("InvalidKeyPair.NotFound", String.format(notFound, value));
            }
        }
    }

    private static KeyPairInfo toInfo(KeyPairDirectory.Ec2KeyPair key, Map<String, String> tags,
                                      boolean includePublicKey) {
        return KeyPairInfo.builder()
                .keyPairId(key.keyPairId())
                .keyName(key.key().name())
                .keyType(key.details().keyType())
                .keyFingerprint(key.details().fingerprint())
                .createTime(key.key().createdAt())
                .publicKey(includePublicKey ? key.key().publicKey() : null)
                .tags(TagSpecifications.toSdk(tags))
                .build();
    }
}
