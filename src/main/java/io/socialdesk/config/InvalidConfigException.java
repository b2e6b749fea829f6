package io.socialdesk.config;

/**
 * A configuration value that cannot work. Thrown by the modules' properties records while they are bound, and
 * reported at startup as one message naming the key (as written in {@code bot-config.yml}), the value and what
 * is allowed.
 */
public final class InvalidConfigException extends RuntimeException {

    private final String key;
    private final String value;
    private final String allowed;

    public InvalidConfigException(String key, Object value, String allowed) {
        super("%s = '%s' is not allowed: %s".formatted(key, value, allowed));
        this.key = key;
        this.value = String.valueOf(value);
        this.allowed = allowed;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
