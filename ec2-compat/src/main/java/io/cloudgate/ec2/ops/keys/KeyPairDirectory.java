package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.ec2.core.ComputeErrors;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.store.TypedTable;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's key pairs as EC2 shows them: the cloud keeps the public keys, the gateway keeps what only EC2
 * knows (the key type and the fingerprint, which for a created RSA key comes from the private key and so can
 * never be recomputed). Keys the gateway never saw get both from their public key.
 */
final class KeyPairDirectory {
    private final Ec2Context context;
    private final TypedTable<KeyDetails> details;

    /** What EC2 reports about a key beyond the cloud's record. */
    record KeyDetails(String keyType, String fingerprint) {
    }

    /** A key pair with its AWS id and EC2 details. */
    record Ec2KeyPair(String keyPairId, KeyPair key, KeyDetails details) {
    }

    KeyPairDirectory(Ec2Context context) {
        this.context = context;
        this.details = new TypedTable<>(context.store().table("ec2-key-pairs"), KeyDetails.class);
    }

    /** The account's key pairs by name. */
    List<Ec2KeyPair> list(String account) {
        return context.compute().keyPairs().list(account).stream()
                .sorted(Comparator.comparing(KeyPair::name))
                .map(key -> describe(account, key))
                .toList();
    }

    Optional<Ec2KeyPair> findByName(String account, String name) {
        return list(account).stream().filter(key -> key.key().name().equals(name)).findFirst();
    }

    Optional<Ec2KeyPair> findById(String account, String keyPairId) {
        return list(account).stream().filter(key -> key.keyPairId().equals(keyPairId)).findFirst();
    }

    /** Registers a public key with the cloud and records its EC2 details; the tags go on in the same step. */
    Ec2KeyPair register(String account, String name, String publicKey, KeyDetails keyDetails,
                        Map<String, String> tags) {
        KeyPair key;
        try {
            key = context.compute().keyPairs().register(account, name, publicKey);
        } catch (ComputeException e) {
            if (e.kind() == ComputeException.Kind.ALREADY_EXISTS) {
                throw duplicate(name);
            }
            throw ComputeErrors.toAws(e, ResourceKind.KEY_PAIR, name);
        }
        details.put(account, key.id(), keyDetails);
        String keyPairId = context.ids().toAws(ResourceKind.KEY_PAIR, key.id());
        if (!tags.isEmpty()) {
            context.tags().put(account, keyPairId, tags);
        }
        return new Ec2KeyPair(keyPairId, key, keyDetails);
    }

    /** Deletes the key and what the gateway kept about it. */
    void delete(String account, Ec2KeyPair key) {
        try {
            context.compute().keyPairs().delete(account, key.key().name());
        } catch (ComputeException e) {
            if (e.kind() != ComputeException.Kind.NOT_FOUND) {
                throw ComputeErrors.toAws(e, ResourceKind.KEY_PAIR, key.key().name());
            }
        }
        details.delete(account, key.key().id());
        context.tags().forget(account, key.keyPairId());
    }

    static AwsException duplicate(String name) {
        return AwsException.badRequest("InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists.");
    }

    private Ec2KeyPair describe(String account, KeyPair key) {
        KeyDetails known = details.get(account, key.id()).orElseGet(() -> fromPublicKey(key.publicKey()));
        return new Ec2KeyPair(context.ids().toAws(ResourceKind.KEY_PAIR, key.id()), key, known);
    }

    private static KeyDetails fromPublicKey(String publicKey) {
        try {
            ImportedKeys.ImportedKey parsed = ImportedKeys.parse(publicKey.getBytes(StandardCharsets.UTF_8));
            return new KeyDetails(parsed.keyType(), parsed.fingerprint());
        } catch (AwsException unreadable) {
            return new KeyDetails(KeyGeneration.RSA, null);
        }
    }
}
