package io.cloudgate.ec2.ops.keys;

import io.cloudgate.api.AwsException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Public keys given to ImportKeyPair, in the formats EC2 accepts: OpenSSH ("ssh-rsa AAAA... comment"),
 * RFC 4716 ("---- BEGIN SSH2 PUBLIC KEY ----") and base64 DER. Clients send the material as a blob, so the
 * bytes are normally the key text itself; text that is base64 of one of those formats is accepted too.
 * RSA (1024 bits or more) and ED25519 only, as EC2.
 */
final class ImportedKeys {
    private static final String RFC4716_BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
    private static final String RFC4716_END = "---- END SSH2 PUBLIC KEY ----";

    /** A validated public key: its type, its OpenSSH form (kept by the cloud) and EC2's fingerprint of it. */
    record ImportedKey(String keyType, String publicKey, String fingerprint) {
    }

    private ImportedKeys() {
    }

    static ImportedKey parse(byte[] material) {
        try {
            String text = new String(material, StandardCharsets.UTF_8).trim();
            if (!text.startsWith("ssh-") && !text.startsWith(RFC4716_BEGIN)) {
                byte[] decoded = Base64.getMimeDecoder().decode(text);
                String inner = new String(decoded, StandardCharsets.UTF_8).trim();
                if (inner.startsWith("ssh-") || inner.startsWith(RFC4716_BEGIN)) {
                    text = inner;
                } else {
                    return fromDer(decoded);
                }
            }
            return text.startsWith("ssh-") ? fromOpenSsh(text) : fromRfc4716(text);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw invalidFormat();
        }
    }

    static AwsException invalidFormat() {
        return AwsException.badRequest("InvalidKey.Format", "Key is not in valid OpenSSH public key format");
    }

    private static ImportedKey fromOpenSsh(String line) throws GeneralSecurityException {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException("no key data");
        }
        ImportedKey key = fromBlob(Base64.getDecoder().decode(parts[1]));
        if (!key.publicKey().startsWith(parts[0] + " ")) {
            throw new IllegalArgumentException("type and blob disagree");
        }
        return parts.length == 3 ? withComment(key, parts[2].trim()) : key;
    }

    private static ImportedKey fromRfc4716(String text) throws GeneralSecurityException {
        int end = text.indexOf(RFC4716_END);
        if (end < 0) {
            throw new IllegalArgumentException("no end line");
        }
        StringBuilder body = new StringBuilder();
        boolean continued = false;
        for (String line : text.substring(RFC4716_BEGIN.length(), end).split("\\R")) {
            String trimmed = line.trim();
            boolean header = continued || trimmed.contains(":");
            continued = header && trimmed.endsWith("\\");
            if (!header) {
                body.append(trimmed);
            }
        }
        return fromBlob(Base64.getDecoder().decode(body.toString()));
    }

    private static ImportedKey fromBlob(byte[] blob) throws GeneralSecurityException {
        SshWire.Reader reader = new SshWire.Reader(blob);
        String type = reader.text();
        ImportedKey key = switch (type) {
            case "ssh-rsa" -> rsa(reader.mpint(), reader.mpint());
            case "ssh-ed25519" -> ed25519(reader.string());
            default -> throw new IllegalArgumentException("unsupported key type");
        };
        if (!reader.atEnd()) {
            throw new IllegalArgumentException("trailing data");
        }
        return key;
    }

    private static ImportedKey fromDer(byte[] der) throws GeneralSecurityException {
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        return rsa(key.getPublicExponent(), key.getModulus());
    }

    private static ImportedKey rsa(BigInteger exponent, BigInteger modulus) throws GeneralSecurityException {
        if (modulus.signum() <= 0 || exponent.signum() <= 0 || modulus.bitLength() < 1024
                || modulus.bitLength() > 16384) {
            throw new IllegalArgumentException("unsupported RSA key size");
        }
        byte[] spki = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent))
                .getEncoded();
        byte[] blob = KeyGeneration.rsaPublicBlob(exponent, modulus);
        return new ImportedKey(KeyGeneration.RSA, "ssh-rsa " + Base64.getEncoder().encodeToString(blob),
                KeyFingerprints.ofImportedRsa(spki));
    }

    private static ImportedKey ed25519(byte[] publicKey) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("ED25519 keys are 32 bytes");
        }
        byte[] blob = KeyGeneration.ed25519PublicBlob(publicKey);
        return new ImportedKey(KeyGeneration.ED25519, "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob),
                KeyFingerprints.ofEd25519(blob));
    }

    private static ImportedKey withComment(ImportedKey key, String comment) {
        return comment.isEmpty() ? key
                : new ImportedKey(key.keyType(), key.publicKey() + " " + comment, key.fingerprint());
    }
}
