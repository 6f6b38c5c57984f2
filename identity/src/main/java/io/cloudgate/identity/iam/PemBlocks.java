package io.cloudgate.identity.iam;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "-----BEGIN label-----" blocks of a PEM text, decoded; text around the blocks is ignored, as OpenSSL does. */
final class PemBlocks {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    /** @param encrypted whether the block has RFC 1421 headers (OpenSSL's "Proc-Type: 4,ENCRYPTED") */
    record Block(String label, byte[] der, boolean encrypted) {
    }

    private PemBlocks() {
    }

    /** Every block; a block whose content is not base64 (and has no headers) makes the whole text unreadable. */
    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            String content = matcher.group(2);
            if (content.contains(":")) {
                blocks.add(new Block(matcher.group(1), new byte[0], true));
                continue;
            }
            if (!BASE64.matcher(content).matches()) {
                throw new IllegalArgumentException("not base64");
            }
            blocks.add(new Block(matcher.group(1), Base64.getMimeDecoder().decode(content), false));
        }
        return blocks;
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
