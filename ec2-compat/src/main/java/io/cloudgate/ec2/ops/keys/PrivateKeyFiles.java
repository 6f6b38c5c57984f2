package io.cloudgate.ec2.ops.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The text formats private keys are handed out in: PEM, OpenSSH's own, and PuTTY's PPK (version 2). */
final class PrivateKeyFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] OPENSSH_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    private PrivateKeyFiles() {
    }

    /** A PEM block; EC2 ends its key material without a trailing newline. */
    static String pem(String label, byte[] der, int lineLength) {
        return "-----BEGIN " + label + "-----\n" + wrap(Base64.getEncoder().encodeToString(der), lineLength)
                + "\n-----END " + label + "-----";
    }

    /** An unencrypted OpenSSH private key file (PROTOCOL.key) holding one ED25519 key. */
    static String openSshEd25519(byte[] publicBlob, byte[] publicKey, byte[] seed, String comment) {
        int check = RANDOM.nextInt();
        byte[] secret = new byte[64];
        System.arraycopy(seed, 0, secret, 0, 32);
        System.arraycopy(publicKey, 0, secret, 32, 32);
        SshWire.Writer keys = new SshWire.Writer().uint32(check).uint32(check).string("ssh-ed25519")
                .string(publicKey).string(secret).string(comment);
        // Padded with 1, 2, 3... to the cipher block size, 8 for "none".
        for (int pad = 1; keys.size() % 8 != 0; pad++) {
            keys.raw(new byte[] {(byte) pad});
        }
        byte[] file = new SshWire.Writer().raw(OPENSSH_MAGIC).string("none").string("none").string(new byte[0])
                .uint32(1).string(publicBlob).string(keys.toBytes()).toBytes();
        return pem("OPENSSH PRIVATE KEY", file, 70);
    }

    /** An unencrypted PuTTY key file, version 2 (readable by every PuTTY release since 0.52). */
    static String ppk(String algorithm, String comment, byte[] publicBlob, byte[] privateBlob) {
        byte[] macData = new SshWire.Writer().string(algorithm).string("none").string(comment).string(publicBlob)
                .string(privateBlob).toBytes();
        String publicLines = wrap(Base64.getEncoder().encodeToString(publicBlob), 64);
        String privateLines = wrap(Base64.getEncoder().encodeToString(privateBlob), 64);
        return "PuTTY-User-Key-File-2: " + algorithm + "\n"
                + "Encryption: none\n"
                + "Comment: " + comment + "\n"
                + "Public-Lines: " + publicLines.split("\n").length + "\n" + publicLines + "\n"
                + "Private-Lines: " + privateLines.split("\n").length + "\n" + privateLines + "\n"
                + "Private-MAC: " + HexFormat.of().formatHex(ppkMac(macData)) + "\n";
    }

    /** Version 2 MAC: HMAC-SHA-1 keyed with SHA-1 of the fixed string and the (empty) passphrase. */
    static byte[] ppkMac(byte[] data) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-1")
                    .digest("putty-private-key-file-mac-key".getBytes(StandardCharsets.US_ASCII));
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is a required JDK algorithm", e);
        }
    }

    private static String wrap(String text, int lineLength) {
        StringBuilder wrapped = new StringBuilder(text.length() + text.length() / lineLength + 1);
        for (int start = 0; start < text.length(); start += lineLength) {
            if (start > 0) {
                wrapped.append('\n');
            }
            wrapped.append(text, start, Math.min(text.length(), start + lineLength));
        }
        return wrapped.toString();
    }
}
