package io.socialdesk.approval.publishing;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
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

/** The author's ✅ on a hand-over message says the post is out on that network; it goes into the history once. */
@Service
public class HandoverConfirmations {

    private final Drafts drafts;
    private final AuditTrail audit;
    private final DraftNotices notices;
    private final Team team;
    private final Clock clock;

    HandoverConfirmations(Drafts drafts, AuditTrail audit, DraftNotices notices, Team team, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.notices = notices;
        this.team = team;
        this.clock = clock;
    }

    @Transactional
    public void confirm(long draftId, Network network, UserRef user) {
        Optional<Person> person = team.find(user);
        Draft draft = drafts.lock(draftId).orElseThrow();
        boolean confirmedBefore = audit.history(draftId).stream()
                .anyMatch(entry -> entry.action() == AuditAction.CONFIRMED_POSTED
                        && network.key().equals(entry.detail()));
        if (person.isEmpty() || !person.get().id().equals(draft.authorId()) || confirmedBefore) {
            return;
        }
        audit.record(draft, person.get().id(), AuditAction.CONFIRMED_POSTED, network.key(), Instant.now(clock));
        notices.inThread(draft, "thread.confirmed", person.get().name(), network.displayName());
    }
}
