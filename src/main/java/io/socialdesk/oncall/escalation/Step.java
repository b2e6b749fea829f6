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
    CHANNEL;

    /** The chain every alert climbs, one step per wait: snapshotted when the alert opens. */
    static final String CHAIN = "ON_WATCH,STAND_IN,ADMINS,CHANNEL";
}
