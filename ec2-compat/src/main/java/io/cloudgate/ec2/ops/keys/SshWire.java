package io.cloudgate.ec2.ops.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The SSH wire encoding (RFC 4251): uint32, string and mpint, as public key blobs and OpenSSH key files use. */
final class SshWire {
    private SshWire() {
    }

    /** Builds a blob. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Writer uint32(int value) {
            bytes.write(value >>> 24);
            bytes.write(value >>> 16);
            bytes.write(value >>> 8);
            bytes.write(value);
            return this;
        }

        Writer string(byte[] value) {
            uint32(value.length);
            bytes.writeBytes(value);
            return this;
        }

        Writer string(String value) {
            return string(value.getBytes(StandardCharsets.UTF_8));
        }

        /** Two's complement, big-endian, minimal length (BigInteger's own encoding is exactly that). */
        Writer mpint(BigInteger value) {
            return value.signum() == 0 ? uint32(0) : string(value.toByteArray());
        }

        Writer raw(byte[] value) {
            bytes.writeBytes(value);
            return this;
        }

        int size() {
            return bytes.size();
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads a blob; every malformation is an {@link IllegalArgumentException}. */
    static final class Reader {
        private final byte[] data;
        private int position;

        Reader(byte[] data) {
            this.data = data;
        }

        int uint32() {
            require(4);
            int value = ((data[position] & 0xff) << 24) | ((data[position + 1] & 0xff) << 16)
                    | ((data[position + 2] & 0xff) << 8) | (data[position + 3] & 0xff);
            position += 4;
            return value;
        }

        byte[] string() {
            int length = uint32();
            if (length < 0) {
                throw new IllegalArgumentException("negative length");
            }
            require(length);
            byte[] value = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return value;
        }

        String text() {
            return new String(string(), StandardCharsets.UTF_8);
        }

        BigInteger mpint() {
            byte[] value = string();
            return value.length == 0 ? BigInteger.ZERO : new BigInteger(value);
        }

        boolean atEnd() {
            return position == data.length;
        }

        private void require(int length) {
            if (length > data.length - position) {
                throw new IllegalArgumentException("truncated");
            }
        }
    }
}
