package io.socialdesk.team;

import java.util.Locale;

/** What a person may do beyond chatting with the bot. */
public enum Role {
    /** Changes configuration from chat and overrides others' actions. */
    ADMIN,
    /** Votes on drafts in the approval queue. */
    APPROVER,
    /** Takes part in the 24/7 watch rotation. */
    ON_CALL;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
