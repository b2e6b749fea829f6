package io.socialdesk.approval;

import io.socialdesk.chat.Texts;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a draft stands. Moves only along the arrows below; anything else is refused with a reason.
 *
 * <pre>
 * DRAFT → PENDING → APPROVED → SCHEDULED → PUBLISHED | HANDED_OVER
 * PENDING → REJECTED | CHANGES_REQUESTED | ON_HOLD | EXPIRED
 * CHANGES_REQUESTED → PENDING (resubmitted)    ON_HOLD → PENDING (hold lifted)
 * PENDING | ON_HOLD | CHANGES_REQUESTED → EXPIRED (its slot came before its approval)
 * SCHEDULED → FAILED (a network refused it for good) → SCHEDULED (retried) | PENDING (edited)
 * anything not yet out → CANCELLED
 * </pre>
 */
public enum DraftStatus {
    DRAFT,
    PENDING,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    HANDED_OVER,
    REJECTED,
    CHANGES_REQUESTED,
    ON_HOLD,
    EXPIRED,
    CANCELLED,
    /** Publishing failed for good on at least one network; the author can retry, edit or cancel. */
    FAILED;

    private static final Map<DraftStatus, Set<DraftStatus>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(PENDING, CANCELLED)),
            // a withdrawn vote or an edit can send an approved or scheduled draft back to its approvers
            Map.entry(PENDING, EnumSet.of(PENDING, APPROVED, REJECTED, CHANGES_REQUESTED, ON_HOLD, EXPIRED, CANCELLED)),
            Map.entry(APPROVED, EnumSet.of(SCHEDULED, PENDING, CANCELLED)),
            Map.entry(SCHEDULED, EnumSet.of(PUBLISHED, HANDED_OVER, PENDING, CANCELLED, FAILED)),
            Map.entry(FAILED, EnumSet.of(SCHEDULED, PENDING, CANCELLED)),
            Map.entry(CHANGES_REQUESTED, EnumSet.of(PENDING, CANCELLED, EXPIRED)),
            Map.entry(ON_HOLD, EnumSet.of(PENDING, REJECTED, CANCELLED, EXPIRED)),
            Map.entry(REJECTED, EnumSet.noneOf(DraftStatus.class)),
            Map.entry(PUBLISHED, EnumSet.noneOf(DraftStatus.class)),
            Map.entry(HANDED_OVER, EnumSet.noneOf(DraftStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(DraftStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(DraftStatus.class)));

    public boolean canMoveTo(DraftStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** This status's successor {@code next}, or an {@link IllegalStateException} that says why not. */
    DraftStatus moveTo(DraftStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalDraftTransitionException(this, next);
        }
        return next;
    }

    /** Whether the post has gone out (or been handed over) or the draft has ended otherwise. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A move the state machine does not allow. */
    static final class IllegalDraftTransitionException extends IllegalStateException {

        private final DraftStatus from;
        private final DraftStatus to;

        IllegalDraftTransitionException(DraftStatus from, DraftStatus to) {
            super("a draft that is " + from.key() + " cannot become " + to.key());
            this.from = from;
            this.to = to;
        }

        DraftStatus from() {
            return from;
        }

        DraftStatus to() {
            return to;
        }
    }

    /** How the status reads inside a sentence ("Draft #3 is {0}"), in the language of {@code texts}. */
    public String inSentence(Texts texts) {
        return texts.get("status.inline." + key());
    }

    /** Message arguments with every status put into words of {@code texts}; other arguments as they are. */
    public static Object[] inWords(Texts texts, Object... args) {
        Object[] words = args.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof DraftStatus status) {
                words[i] = status.inSentence(texts);
            }
        }
        return words;
    }
}
