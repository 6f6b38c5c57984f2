package io.cloudgate.cloudstack.client;

import java.util.Objects;

/** An API key and its secret; the secret never appears in {@link #toString()}. */
public record CloudStackCredentials(String apiKey, String secretKey) {
    public CloudStackCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    @Override
    public String toString() {
        return "CloudStackCredentials[apiKey=" + apiKey + ", secretKey=***]";
    }
}
