package io.socialdesk.chat;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The user-facing texts of the message bundles in one language. */
public final class Texts {

    private final MessageSource source;
    private final Locale locale;

    public Texts(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** The text for {@code key}, or {@code fallback} when no bundle has it. */
    public String getOrDefault(String key, String fallback) {
        return source.getMessage(key, null, fallback, locale);
    }

    /** The name people know {@code platform} by, e.g. "Slack" or "lokaler Chat"; never its configuration key. */
    public String platformName(Platform platform) {
        return get("platform." + platform.key() + ".name");
    }

    public Locale locale() {
        return locale;
    }
}
