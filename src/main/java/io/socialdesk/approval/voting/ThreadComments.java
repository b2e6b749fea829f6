package io.socialdesk.approval.voting;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message in a card's thread is kept in the draft's history: that is where reasons are given. After a
 * rejection or a request for changes, what others write there reaches the author.
 */
@Service
class ThreadComments {

    private final Drafts drafts;
    private final AuditTrail audit;
    private final DraftNotices notices;
    private final Team team;
    private final Clock clock;

    ThreadComments(Drafts drafts, AuditTrail audit, DraftNotices notices, Team team, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.notices = notices;
        this.team = team;
        this.clock = clock;
    }

    @Transactional
    public void comment(long draftId, UserRef user, String text) {
        Optional<Person> person = team.find(user);
        if (person.isEmpty()) {
            return;
        }
        Draft draft = drafts.find(draftId).orElseThrow();
        audit.record(draft, person.get().id(), AuditAction.COMMENTED, text, Instant.now(clock));
        if (!person.get().id().equals(draft.authorId())
                && (draft.status() == DraftStatus.REJECTED || draft.status() == DraftStatus.CHANGES_REQUESTED)) {
            notices.toAuthor(draft, "author.comment", draft.id(), person.get().name(), text);
        }
    }
}
