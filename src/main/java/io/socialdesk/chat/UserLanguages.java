package io.socialdesk.chat;

import java.util.Locale;

/** Which language to speak: the team's, or a person's own. Implemented by the {@code team} module. */
public interface UserLanguages {

    /** The language of posts that address the whole team. */
    Locale teamLocale();

    /** The language of a reply to {@code user}; the team's unless the person chose another. */
    Locale localeOf(UserRef user);
}
