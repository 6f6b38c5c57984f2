package io.cloudgate.ec2.ops.keys;

import java.util.Arrays;

/** Just enough DER to unwrap the key inside a PKCS#8 PrivateKeyInfo, which is all the JDK hands out. */
final class Der {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;

    private Der() {
    }

    /**
     * The privateKey field of a PrivateKeyInfo: for RSA the PKCS#1 RSAPrivateKey, for Ed25519 an OCTET STRING
     * holding the 32-byte seed.
     */
    static byte[] privateKeyOf(byte[] pkcs8) {
        Cursor outer = new Cursor(pkcs8);
        Cursor info = new Cursor(outer.read(SEQUENCE));
        info.read(INTEGER);
        info.read(SEQUENCE);
        return info.read(OCTET_STRING);
    }

    /** The Ed25519 seed inside a PKCS#8 encoding (RFC 8410: CurvePrivateKey ::= OCTET STRING). */
    static byte[] ed25519Seed(byte[] pkcs8) {
        return new Cursor(privateKeyOf(pkcs8)).read(OCTET_STRING);
    }

    private static final class Cursor {
        private final byte[] data;
        private int position;

        Cursor(byte[] data) {
            this.data = data;
        }

        /** The contents of the next element, which must carry the tag. */
        byte[] read(int tag) {
            if (position >= data.length || (data[position] & 0xff) != tag) {
                throw new IllegalStateException("unexpected DER tag");
            }
            position++;
            int length = data[position++] & 0xff;
            if (length > 0x7f) {
                int octets = length & 0x7f;
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (data[position++] & 0xff);
                }
            }
            byte[] contents = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return contents;
        }
    }
}
