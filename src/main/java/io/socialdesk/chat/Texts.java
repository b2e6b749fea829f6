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

    public Locale locale() {
        return locale;
    }
}
