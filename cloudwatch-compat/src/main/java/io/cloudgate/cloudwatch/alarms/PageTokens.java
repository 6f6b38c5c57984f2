package io.cloudgate.cloudwatch.alarms;

import io.cloudgate.api.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Opaque NextTokens: the position to resume from, base64-encoded; and cutting a list into a page. */
final class PageTokens {
    private PageTokens() {
    }

    /** One page and the token of the next, if any. */
    record Page<T>(List<T> items, String nextToken) {
    }

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AwsException.badRequest("InvalidNextToken", "The service couldn't process your request because "
                    + "the next token is invalid.");
        }
    }

    /** A page of a list from an offset token; the next token is the offset of the following item. */
    static <T> Page<T> byOffset(List<T> all, String token, int size) {
        int from = 0;
        if (token != null) {
            try {
                from = Integer.parseInt(decode(token));
            } catch (NumberFormatException e) {
                throw AwsException.badRequest("InvalidNextToken", "The service couldn't process your request "
                        + "because the next token is invalid.");
            }
            if (from < 0 || from > all.size()) {
                throw AwsException.badRequest("InvalidNextToken", "The service couldn't process your request "
                        + "because the next token is invalid.");
            }
        }
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? encode(Integer.toString(to)) : null);
    }
}
