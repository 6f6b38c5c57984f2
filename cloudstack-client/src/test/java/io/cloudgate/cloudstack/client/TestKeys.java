package io.cloudgate.cloudstack.client;

/** The throwaway admin keys of the simulator the recordings were made on (see signing-vectors.json). */
public final class TestKeys {
    public static final CloudStackCredentials RECORDER = new CloudStackCredentials(
            "MM0xyObYfvoXY-bIGHo0oXpZvp6BsJwbnJqPUkBJA6731o0dsa1d4wIacquH-lKquEUdzf8F_zK7oD2V6c_Vkw",
            "6potiMHHSYOjgy7JjC4oh-S6uEF-XF4IQKp4EbB-d6nrQSoM2UET3hQ_fZhkx6V4B5YMFWp79SotcOJCqfKAKw");

    private TestKeys() {
    }
}
