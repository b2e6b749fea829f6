package io.socialdesk.approval.draft;

import io.socialdesk.approval.DraftStatus;
import java.util.Arrays;
import java.util.Locale;

/**
 * What happened to a draft, as its history records it. The {@link #key()} is what the audit table stores and what
 * the bundles name ({@code history.action.<key>}).
 */
public enum AuditAction {
    SUBMITTED,
    VOTED,
    WITHDRAWN,
    EDITED,
    CANCELLED,
    COMMENTED,
    REMINDED,
    ESCALATED,
    PUBLISHING,
    PUBLISHING_FAILED,
    TOO_LATE,
    CONFIRMED_POSTED,
    RETRIED,
    BECAME_DRAFT,
    BECAME_PENDING,
    BECAME_APPROVED,
    BECAME_SCHEDULED,
    BECAME_PUBLISHED,
    BECAME_HANDED_OVER,
    BECAME_REJECTED,
    BECAME_CHANGES_REQUESTED,
    BECAME_ON_HOLD,
    BECAME_EXPIRED,
    BECAME_CANCELLED,
    BECAME_FAILED;

    /** The draft moved to {@code status}. */
    public static AuditAction became(DraftStatus status) {
        return valueOf("BECAME_" + status.name());
    }

    static AuditAction ofKey(String key) {
        return Arrays.stream(values())
                .filter(action -> action.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no audit action '" + key + "'"));
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether it moves the draft on, so that reminders count from it again. */
    public boolean isProgress() {
        return this == SUBMITTED || this == EDITED || this == VOTED;
    }
}
