package io.socialdesk.approval.voting;

/** How a vote was cast, which decides what takes it back. */
enum CastBy {
    /** An emoji on the card: removing that emoji withdraws the vote. */
    REACTION,
    /** A button on the card: it stays until the person votes otherwise. */
    BUTTON
}
