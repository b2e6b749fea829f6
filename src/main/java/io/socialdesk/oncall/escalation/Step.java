package io.socialdesk.oncall.escalation;

/** Who one step of the chain pages. */
enum Step {
    /** Whoever keeps the watch now, covers applied. */
    ON_WATCH,
    /** The next member of the rotation who is not away. */
    STAND_IN,
    /** The team's admins who are not away. */
    ADMINS,
    /** Everybody in the alert's channel. */
    CHANNEL,
    /** One named person, unless away. */
    PERSON,
    /** The members of a group who are not away. */
    GROUP,
    /** A group's lead, unless away. */
    LEAD
}
