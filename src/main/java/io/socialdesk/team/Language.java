package io.socialdesk.team;

import java.util.Locale;

/** The languages every user-facing text exists in. */
public enum Language {
    DE(Locale.GERMAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
