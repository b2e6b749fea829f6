package io.socialdesk.approval.voting;

/** What an approver says about a draft. */
public enum Decision {
    APPROVE,
    REJECT,
    REQUEST_CHANGES,
    HOLD
}
