package io.socialdesk.approval;

/** What an approver says about a draft. */
public enum Decision {
    APPROVE,
    REJECT,
    REQUEST_CHANGES,
    HOLD
}
