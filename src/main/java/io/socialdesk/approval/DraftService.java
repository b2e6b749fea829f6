package io.socialdesk.approval;

import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval queue: drafts are submitted, voted on by reaction or button under their policy, edited, cancelled,
 * and every step is stored (with an audit line) before the chat hears of it. The card in the approvals channel is
 * edited in place; decisions are announced in its thread and sent to the author. A refusal (bad input, a state
 * that does not allow the change) is thrown before anything is written, and leaves the caller's transaction intact.
 */
@Service
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    private final Drafts drafts;
    private final Publications publications;
    private final ApprovalProperties properties;
    private final Team team;
    private final ChatGateway chat;
    private final Channels channels;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final Clock clock;
    private final String commandRoot;
    private final Map<Decision, Emoji> reactions = new EnumMap<>(Decision.class);

    DraftService(
            Drafts drafts,
            Publications publications,
            ApprovalProperties properties,
            Team team,
            ChatGateway chat,
            Channels channels,
            MessageSource messages,
            UserLanguages languages,
            Clock clock,
            ChatProperties chatProperties) {
        this.drafts = drafts;
        this.publications = publications;
        this.properties = properties;
        this.team = team;
        this.chat = chat;
        this.channels = channels;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
        this.commandRoot = chatProperties.command();
        properties.reactions().forEach((decision, emoji) -> reactions.put(decision, Emoji.of(emoji)));
    }

    /** What an author asks to have approved. */
    record Submission(
            String text,
            List<Network> networks,
            @Nullable Instant plannedAt,
            @Nullable String campaign,
            @Nullable String imageUrl,
            @Nullable String policyId) {}

    @Transactional(noRollbackFor = DraftRefusedException.class)
    public Draft submit(Person author, Submission submission) {
        Instant now = Instant.now(clock);
        if (submission.text().isBlank()) {
            throw new DraftRefusedException("draft.error.text", commandRoot);
        }
        if (submission.networks().isEmpty()) {
            throw new DraftRefusedException("draft.error.networks", allNetworks());
        }
        if (submission.campaign() != null && submission.campaign().length() > 100) {
            throw new DraftRefusedException("draft.error.campaign", 100);
        }
        if (submission.imageUrl() != null
                && (submission.imageUrl().length() > 2000
                        || !submission.imageUrl().matches("(?i)https?://\\S+"))) {
            throw new DraftRefusedException("draft.error.image");
        }
        if (submission.text().length() > 40_000) {
            throw new DraftRefusedException("draft.error.too-long", 40_000);
        }
        if (submission.plannedAt() != null && !submission.plannedAt().isAfter(now.plus(properties.expiryMargin()))) {
            throw new DraftRefusedException(
                    "draft.error.past", properties.expiryMargin().toMinutes());
        }
        ApprovalProperties.Policy policy =
                policy(submission.policyId() == null ? properties.defaultPolicy() : submission.policyId());
        List<NetworkCheck> checks = checks(submission.text(), submission.networks());
        List<GuidelineCheck.Finding> findings =
                GuidelineCheck.check(submission.text(), submission.campaign(), properties.guidelines());
        if (policy.blockOnCheckFailures()
                && (!findings.isEmpty() || checks.stream().anyMatch(check -> !check.passes()))) {
            throw new DraftRefusedException("draft.error.blocked", policy.id());
        }
        Draft draft = drafts.insert(new Draft(
                0,
                author.id(),
                submission.text().strip(),
                Map.of(),
                submission.networks(),
                submission.plannedAt(),
                team.zone(),
                submission.campaign(),
                submission.imageUrl(),
                policy.id(),
                DraftStatus.PENDING,
                Draft.hashOf(
                        submission.text().strip(),
                        Map.of(),
                        submission.networks(),
                        submission.plannedAt(),
                        submission.imageUrl()),
                null,
                now,
                now));
        drafts.audit(draft, author.id(), "submitted", policy.id(), now);
        MessageRef card = chat.post(channels.channel(properties.channel()), card(draft));
        draft = draft.withCard(card);
        drafts.update(draft);
        return draft;
    }

    /** A reaction on a card casts the decision its emoji stands for. */
    @Transactional(noRollbackFor = DraftRefusedException.class)
    public void react(MessageRef message, UserRef user, Emoji emoji) {
        Optional<Decision> decision = decisionOf(emoji);
        Optional<Long> draftId = drafts.idOfCard(message);
        if (decision.isEmpty()) {
            return;
        }
        if (draftId.isEmpty()) {
            if (decision.get() == Decision.APPROVE) {
                confirmHandover(message, user);
            }
            return;
        }
        vote(draftId.get(), user, decision.get(), message.channel());
    }

    /** Taking a reaction back withdraws that vote. */
    @Transactional(noRollbackFor = DraftRefusedException.class)
    public void unreact(MessageRef message, UserRef user, Emoji emoji) {
        Optional<Decision> decision = decisionOf(emoji);
        Optional<Long> draftId = drafts.idOfCard(message);
        if (decision.isEmpty() || draftId.isEmpty()) {
            return;
        }
        Optional<Person> voter = team.find(user);
        Draft draft = drafts.lock(draftId.get()).orElseThrow();
        if (voter.isEmpty() || draft.status().isFinal()) {
            return;
        }
        if (drafts.withdrawVotes(draft.id(), voter.get().id(), decision.get(), draft.contentHash())) {
            Instant now = Instant.now(clock);
            drafts.audit(draft, voter.get().id(), "withdrawn", decision.get().name(), now);
            reply(draft, "thread.withdrawn", name(voter.get().id()), emojiOf(decision.get()));
            reevaluate(draft, voter.get().id());
        }
    }

    /** The author's ✅ on a hand-over message says the post is out; it goes into the history. */
    private void confirmHandover(MessageRef message, UserRef user) {
        Optional<Publications.Publication> handover = publications.handoverAt(message.id());
        Optional<Person> person = team.find(user);
        if (handover.isEmpty() || person.isEmpty()) {
            return;
        }
        Draft draft = drafts.lock(handover.get().draftId()).orElseThrow();
        String network = handover.get().network().key();
        boolean confirmedBefore = drafts.history(draft.id()).stream()
                .anyMatch(entry -> entry.action().equals("confirmed-posted") && network.equals(entry.detail()));
        if (!person.get().id().equals(draft.authorId()) || confirmedBefore) {
            return;
        }
        drafts.audit(
                draft,
                person.get().id(),
                "confirmed-posted",
                handover.get().network().key(),
                Instant.now(clock));
        reply(
                draft,
                "thread.confirmed",
                name(person.get().id()),
                handover.get().network().displayName());
    }

    /** The card's buttons do what the reactions do. */
    @Transactional(noRollbackFor = DraftRefusedException.class)
    public void click(ButtonClicked click) {
        Decision decision =
                switch (click.actionId()) {
                    case ApprovalCard.APPROVE -> Decision.APPROVE;
                    case ApprovalCard.REJECT -> Decision.REJECT;
                    case ApprovalCard.CHANGES -> Decision.REQUEST_CHANGES;
                    case ApprovalCard.HOLD -> Decision.HOLD;
                    default -> null;
                };
        Optional<Long> draftId = drafts.idOfCard(click.message());
        if (decision != null && draftId.isPresent()) {
            vote(draftId.get(), click.user(), decision, click.message().channel());
        }
    }

    /** A message in a card's thread is kept in the draft's history: that is where reasons are given. */
    @Transactional(noRollbackFor = DraftRefusedException.class)
    public void comment(MessageRef thread, UserRef user, String text) {
        Optional<Long> draftId = drafts.idOfCard(thread);
        Optional<Person> person = team.find(user);
        if (draftId.isEmpty() || person.isEmpty()) {
            return;
        }
        Draft draft = drafts.find(draftId.get()).orElseThrow();
        drafts.audit(draft, person.get().id(), "commented", text, Instant.now(clock));
        if (!person.get().id().equals(draft.authorId())
                && (draft.status() == DraftStatus.REJECTED || draft.status() == DraftStatus.CHANGES_REQUESTED)) {
            notifyAuthor(draft, "author.comment", draft.id(), name(person.get().id()), text);
        }
    }

    @Transactional(noRollbackFor = DraftRefusedException.class)
    public Draft edit(long id, Person editor, String text) {
        if (text.isBlank()) {
            throw new DraftRefusedException("draft.error.text", commandRoot);
        }
        return change(id, editor, draft -> draft.withText(text.strip(), Instant.now(clock)));
    }

    /** Gives {@code network} its own version of the text; a blank text goes back to the common one. */
    @Transactional(noRollbackFor = DraftRefusedException.class)
    public Draft editVariant(long id, Person editor, Network network, String text) {
        return change(id, editor, draft -> {
            if (!draft.networks().contains(network)) {
                throw new DraftRefusedException("draft.error.variant-network", id, network.displayName());
            }
            return draft.withVariant(network, text, Instant.now(clock));
        });
    }

    /** A change to what approvers approve: votes are void, the flow starts over, and the thread is told. */
    private Draft change(long id, Person editor, java.util.function.UnaryOperator<Draft> change) {
        Draft draft = drafts.lock(id).orElseThrow(() -> new DraftRefusedException("draft.error.not-found", id));
        requireAuthorOrAdmin(draft, editor);
        if (!draft.status().canMoveTo(DraftStatus.PENDING) && draft.status() != DraftStatus.PENDING) {
            throw new DraftRefusedException("draft.error.state", id, status(draft.status()));
        }
        Instant now = Instant.now(clock);
        List<Vote> votes = drafts.votes(id).stream()
                .filter(vote -> vote.contentHash().equals(draft.contentHash()))
                .toList();
        boolean hadApprovals = votes.stream().anyMatch(vote -> vote.decision() == Decision.APPROVE);
        Draft edited = change.apply(draft).withStatus(DraftStatus.PENDING, now);
        publications.discardUnsent(id);
        drafts.audit(edited, editor.id(), "edited", null, now);
        reply(edited, hadApprovals ? "thread.edited.voided" : "thread.edited", name(editor.id()));
        if (!votes.isEmpty() && edited.card() != null) {
            // the old card still carries everybody's reactions; a fresh card lets them react to the new text
            chat.update(edited.card(), OutgoingMessage.text(teamTexts().get("card.superseded", id)));
            edited = edited.withCard(chat.post(channels.channel(properties.channel()), card(edited)));
        }
        drafts.update(edited);
        reevaluate(edited, editor.id());
        return drafts.find(id).orElseThrow();
    }

    @Transactional(noRollbackFor = DraftRefusedException.class)
    public Draft cancel(long id, Person actor) {
        Draft draft = drafts.lock(id).orElseThrow(() -> new DraftRefusedException("draft.error.not-found", id));
        requireAuthorOrAdmin(draft, actor);
        if (!draft.status().canMoveTo(DraftStatus.CANCELLED)) {
            throw new DraftRefusedException("draft.error.state", id, status(draft.status()));
        }
        Instant now = Instant.now(clock);
        Draft cancelled = draft.withStatus(DraftStatus.CANCELLED, now);
        publications.discardUnsent(id);
        drafts.update(cancelled);
        drafts.audit(cancelled, actor.id(), "cancelled", null, now);
        reply(cancelled, "thread.cancelled", name(actor.id()));
        updateCard(cancelled);
        return cancelled;
    }

    public Optional<Draft> find(long id) {
        return drafts.find(id);
    }

    public List<Drafts.AuditEntry> history(long id) {
        drafts.find(id).orElseThrow(() -> new DraftRefusedException("draft.error.not-found", id));
        return drafts.history(id);
    }

    private void vote(long draftId, UserRef user, Decision decision, ChannelRef channel) {
        Draft draft = drafts.lock(draftId).orElseThrow();
        Optional<Person> found = team.find(user);
        if (found.isEmpty()) {
            tell(channel, user, "vote.unknown", user.platform().key(), user.id());
            return;
        }
        Person voter = found.get();
        if (draft.status().isFinal() || draft.status() == DraftStatus.DRAFT) {
            tell(channel, user, "vote.closed", draft.id(), status(draft.status()));
            return;
        }
        ApprovalRules rules = rules(draft);
        ApprovalRules.Evaluation before = rules.evaluate(draft.authorId(), draft.contentHash(), drafts.votes(draftId));
        Optional<ApprovalRules.Ineligibility> ineligible =
                rules.ineligibility(voter.id(), draft.authorId(), before.step());
        if (ineligible.isPresent()) {
            log.info("Ignored {} on draft #{} by {}: {}", decision, draft.id(), voter.id(), ineligible.get());
            ApprovalProperties.Step step = policyOf(draft).steps().get(before.step());
            tell(
                    channel,
                    user,
                    "vote.ineligible." + ineligible.get().name().toLowerCase(java.util.Locale.ROOT),
                    draft.id(),
                    before.step() + 1,
                    step.group() == null ? "" : groupName(step.group()),
                    String.join(", ", step.people().stream().map(this::name).toList()));
            return;
        }
        Instant now = Instant.now(clock);
        if (!drafts.addVote(draftId, new Vote(voter.id(), decision, before.step(), draft.contentHash(), now))) {
            return;
        }
        drafts.audit(draft, voter.id(), "voted", decision.name(), now);
        if (decision == Decision.APPROVE) {
            reply(draft, "thread.approved", name(voter.id()), before.step() + 1);
        }
        reevaluate(draft, voter.id());
    }

    /** Applies the policy to the votes now stored and moves, announces and shows the result. */
    private void reevaluate(Draft draft, String actorId) {
        ApprovalRules rules = rules(draft);
        ApprovalRules.Evaluation evaluation =
                rules.evaluate(draft.authorId(), draft.contentHash(), drafts.votes(draft.id()));
        DraftStatus target =
                switch (evaluation.outcome()) {
                    case PENDING -> DraftStatus.PENDING;
                    case APPROVED -> DraftStatus.APPROVED;
                    case REJECTED -> DraftStatus.REJECTED;
                    case CHANGES_REQUESTED -> DraftStatus.CHANGES_REQUESTED;
                    case ON_HOLD -> DraftStatus.ON_HOLD;
                };
        Draft current = draft;
        boolean alreadyScheduled = target == DraftStatus.APPROVED && draft.status() == DraftStatus.SCHEDULED;
        if (target != draft.status() && !alreadyScheduled) {
            Instant now = Instant.now(clock);
            // whatever was waiting to go out no longer has the approval it was queued with
            publications.discardUnsent(draft.id());
            current = moveTowards(draft, target, now);
            drafts.update(current);
            drafts.audit(current, actorId, "became-" + target.key(), null, now);
            announce(current, evaluation);
            if (current.status() == DraftStatus.APPROVED && current.plannedAt() != null) {
                current = current.withStatus(DraftStatus.SCHEDULED, now);
                drafts.update(current);
                drafts.audit(current, actorId, "became-scheduled", null, now);
            }
        }
        updateCard(current, rules, evaluation);
    }

    /** Drafts still waiting for approval whose slot, less the margin, has come. */
    List<Draft> overdue(Instant now) {
        return drafts.withStatus(DraftStatus.PENDING, DraftStatus.ON_HOLD, DraftStatus.CHANGES_REQUESTED).stream()
                .filter(draft -> Draft.isOverdue(draft.plannedAt(), properties.expiryMargin(), now))
                .toList();
    }

    @Transactional
    public void expire(long id) {
        Draft draft = drafts.lock(id).orElseThrow();
        if (!draft.status().canMoveTo(DraftStatus.EXPIRED)
                || overdue(Instant.now(clock)).stream().noneMatch(d -> d.id() == id)) {
            return;
        }
        Instant now = Instant.now(clock);
        Draft expired = draft.withStatus(DraftStatus.EXPIRED, now);
        drafts.update(expired);
        drafts.audit(expired, "socialdesk", "became-expired", null, now);
        reply(expired, "thread.expired", id);
        notifyAuthor(expired, "author.expired", id);
        updateCard(expired);
    }

    /** The drafts that wait for approval, for the scheduler to remind one by one. */
    List<Long> pendingIds() {
        return drafts.withStatus(DraftStatus.PENDING).stream().map(Draft::id).toList();
    }

    /**
     * Reminds the approvers a pending draft waits for, once {@code remind-after} has passed without anything
     * happening, twice at most; then asks the step's group lead (or the admins) to step in.
     */
    @Transactional
    public void remind(long id) {
        Instant now = Instant.now(clock);
        Draft draft = drafts.lock(id).orElseThrow();
        if (draft.status() != DraftStatus.PENDING) {
            return;
        }
        List<Drafts.AuditEntry> history = drafts.history(draft.id());
        Instant lastActivity = history.stream()
                .filter(entry -> !entry.action().equals("commented"))
                .map(Drafts.AuditEntry::at)
                .max(Instant::compareTo)
                .orElse(draft.createdAt());
        if (lastActivity.plus(properties.remindAfter()).isAfter(now)) {
            return;
        }
        long reminders = countSinceLastProgress(history, "reminded");
        ApprovalRules rules = rules(draft);
        ApprovalRules.Evaluation evaluation =
                rules.evaluate(draft.authorId(), draft.contentHash(), drafts.votes(draft.id()));
        if (reminders < 2) {
            for (String approver : evaluation.stillPossible()) {
                tellPerson(approver, "reminder", draft.id(), name(draft.authorId()), evaluation.step() + 1);
            }
            drafts.audit(draft, "socialdesk", "reminded", String.join(",", evaluation.stillPossible()), now);
        } else if (countSinceLastProgress(history, "escalated") == 0) {
            List<String> leads = leadsFor(draft, evaluation.step());
            for (String lead : leads) {
                tellPerson(
                        lead,
                        "escalation",
                        draft.id(),
                        name(draft.authorId()),
                        evaluation.step() + 1,
                        String.join(
                                ", ",
                                evaluation.stillPossible().stream()
                                        .map(this::name)
                                        .toList()));
            }
            drafts.audit(draft, "socialdesk", "escalated", String.join(",", leads), now);
            reply(
                    draft,
                    "thread.escalated",
                    draft.id(),
                    String.join(", ", leads.stream().map(this::name).toList()));
        }
    }

    /** The approved or scheduled drafts, for the scheduler to queue one by one. */
    List<Long> approvedIds() {
        return drafts.withStatus(DraftStatus.SCHEDULED, DraftStatus.APPROVED).stream()
                .map(Draft::id)
                .toList();
    }

    /**
     * Queues an approved draft whose time has come (or that waits for no time) for every network not yet done,
     * bound to the content that was approved.
     */
    @Transactional
    public void queueIfDue(long id) {
        Instant now = Instant.now(clock);
        Draft draft = drafts.lock(id).orElseThrow();
        boolean due = draft.plannedAt() == null
                ? draft.status() == DraftStatus.APPROVED
                : draft.status() == DraftStatus.SCHEDULED && !draft.plannedAt().isAfter(now);
        if (!due || publications.of(id).stream().anyMatch(row -> !row.done() && !row.failed())) {
            return;
        }
        Draft scheduled = draft.status() == DraftStatus.APPROVED ? draft.withStatus(DraftStatus.SCHEDULED, now) : draft;
        if (publications.queue(scheduled, properties.publishing(), now) > 0) {
            drafts.update(scheduled);
            drafts.audit(scheduled, "socialdesk", "publishing", null, now);
        }
    }

    /** The draft, if {@code publication} may still go out: it is scheduled and unchanged since it was approved. */
    @Transactional
    public Optional<Draft> stillWanted(Publications.Publication publication) {
        return drafts.lock(publication.draftId())
                .filter(draft -> draft.status() == DraftStatus.SCHEDULED)
                .filter(draft -> draft.contentHash().equals(publication.contentHash()));
    }

    @Transactional
    public void publishingFailed(long id, Network network, String reason) {
        Draft draft = drafts.find(id).orElseThrow();
        drafts.audit(draft, "socialdesk", "publishing-failed", network.key() + ": " + reason, Instant.now(clock));
        reply(draft, "thread.publishing-failed", id, network.displayName(), reason);
        notifyAuthor(draft, "author.publishing-failed", id, network.displayName(), reason);
    }

    /** Once every network is done, the draft is published (or handed over, if that was all). */
    @Transactional
    public void settle(long id) {
        Draft draft = drafts.lock(id).orElseThrow();
        List<Publications.Publication> rows = publications.of(id);
        if (draft.status() != DraftStatus.SCHEDULED
                || rows.isEmpty()
                || !rows.stream().allMatch(Publications.Publication::done)) {
            return;
        }
        boolean handedOverOnly =
                rows.stream().allMatch(row -> row.publisher() == ApprovalProperties.Publisher.HANDOVER);
        DraftStatus target = handedOverOnly ? DraftStatus.HANDED_OVER : DraftStatus.PUBLISHED;
        Instant now = Instant.now(clock);
        Draft done = draft.withStatus(target, now);
        drafts.update(done);
        String where = String.join(
                ", ",
                rows.stream()
                        .map(row ->
                                row.network().displayName() + (row.externalId() == null ? "" : " " + row.externalId()))
                        .toList());
        drafts.audit(done, "socialdesk", "became-" + target.key(), where, now);
        reply(done, handedOverOnly ? "thread.handed-over" : "thread.published", id, where);
        notifyAuthor(done, handedOverOnly ? "author.handed-over" : "author.published", id);
        updateCard(done);
    }

    private static long countSinceLastProgress(List<Drafts.AuditEntry> history, String action) {
        long count = 0;
        for (Drafts.AuditEntry entry : history) {
            if (entry.action().equals("submitted")
                    || entry.action().equals("edited")
                    || entry.action().equals("voted")) {
                count = 0;
            } else if (entry.action().equals(action)) {
                count++;
            }
        }
        return count;
    }

    private List<String> leadsFor(Draft draft, int step) {
        ApprovalProperties.Step rule = policyOf(draft).steps().get(step);
        if (rule.group() != null) {
            Optional<String> lead = team.group(rule.group()).map(Group::lead);
            if (lead.isPresent()) {
                return List.of(lead.get());
            }
        }
        return team.people().stream()
                .filter(person -> person.has(Role.ADMIN))
                .map(Person::id)
                .toList();
    }

    private void tellPerson(String personId, String key, Object... args) {
        team.person(personId)
                .flatMap(person -> person.account(chat.platform()))
                .ifPresent(account -> chat.directMessage(
                        account,
                        OutgoingMessage.text(new Texts(messages, languages.localeOf(account)).get(key, args))));
    }

    /** Some targets are reached through PENDING, e.g. a lifted hold on a fully approved draft. */
    private static Draft moveTowards(Draft draft, DraftStatus target, Instant now) {
        if (draft.status().canMoveTo(target)) {
            return draft.withStatus(target, now);
        }
        return draft.withStatus(DraftStatus.PENDING, now).withStatus(target, now);
    }

    private void announce(Draft draft, ApprovalRules.Evaluation evaluation) {
        String stoppedBy = evaluation.stoppedBy() == null
                ? ""
                : name(evaluation.stoppedBy().personId());
        switch (draft.status()) {
            case APPROVED -> {
                reply(draft, "thread.decision.approved", draft.id());
                notifyAuthor(draft, "author.approved", draft.id());
            }
            case REJECTED -> {
                reply(draft, "thread.decision.rejected", draft.id(), stoppedBy);
                notifyAuthor(draft, "author.rejected", draft.id(), stoppedBy);
            }
            case CHANGES_REQUESTED -> {
                reply(draft, "thread.decision.changes", draft.id(), stoppedBy, commandRoot);
                notifyAuthor(draft, "author.changes", draft.id(), stoppedBy, commandRoot);
            }
            case ON_HOLD -> {
                reply(draft, "thread.decision.hold", draft.id(), stoppedBy);
                notifyAuthor(draft, "author.hold", draft.id(), stoppedBy);
            }
            case PENDING -> reply(draft, "thread.decision.pending", draft.id(), evaluation.step() + 1);
            default -> log.debug("Draft #{} is now {}", draft.id(), draft.status());
        }
    }

    private void updateCard(Draft draft) {
        ApprovalRules rules = rules(draft);
        updateCard(draft, rules, rules.evaluate(draft.authorId(), draft.contentHash(), drafts.votes(draft.id())));
    }

    private void updateCard(Draft draft, ApprovalRules rules, ApprovalRules.Evaluation evaluation) {
        if (draft.card() != null) {
            chat.update(draft.card(), card(draft, rules, evaluation));
        }
    }

    private OutgoingMessage card(Draft draft) {
        ApprovalRules rules = rules(draft);
        return card(draft, rules, rules.evaluate(draft.authorId(), draft.contentHash(), drafts.votes(draft.id())));
    }

    private OutgoingMessage card(Draft draft, ApprovalRules rules, ApprovalRules.Evaluation evaluation) {
        return new ApprovalCard(teamTexts(), this::name, this::groupName, reactions)
                .render(draft, policyOf(draft), rules, evaluation, checks(draft), guidelineFindings(draft));
    }

    /** Each network's check on the text that network will get. */
    List<NetworkCheck> checks(Draft draft) {
        return draft.networks().stream()
                .map(network -> NetworkCheck.of(network, draft.textFor(network), properties.limitOf(network)))
                .toList();
    }

    /** The guidelines apply to every version of the text. */
    private List<GuidelineCheck.Finding> guidelineFindings(Draft draft) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(draft.text()), draft.variants().values().stream())
                .flatMap(text -> GuidelineCheck.check(text, draft.campaign(), properties.guidelines()).stream())
                .distinct()
                .toList();
    }

    List<NetworkCheck> checks(String text, List<Network> networks) {
        return networks.stream()
                .map(network -> NetworkCheck.of(network, text, properties.limitOf(network)))
                .toList();
    }

    private ApprovalRules rules(Draft draft) {
        return new ApprovalRules(policyOf(draft), ApproverDirectory.of(team));
    }

    /**
     * The policy a stored draft was submitted under; if the config no longer has it, the default policy, so a
     * change to the config never leaves a draft that nobody can act on.
     */
    private ApprovalProperties.Policy policyOf(Draft draft) {
        return properties.policies().stream()
                .filter(policy -> policy.id().equals(draft.policyId()))
                .findFirst()
                .orElseGet(() -> {
                    log.warn(
                            "Draft #{} names policy '{}', which the config no longer has; using '{}'",
                            draft.id(),
                            draft.policyId(),
                            properties.defaultPolicy());
                    return policy(properties.defaultPolicy());
                });
    }

    ApprovalProperties.Policy policy(String id) {
        return properties.policies().stream()
                .filter(policy -> policy.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DraftRefusedException(
                        "draft.error.policy",
                        id,
                        String.join(
                                ", ",
                                properties.policies().stream()
                                        .map(ApprovalProperties.Policy::id)
                                        .toList())));
    }

    private Optional<Decision> decisionOf(Emoji emoji) {
        return reactions.entrySet().stream()
                .filter(entry -> entry.getValue().equals(emoji))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private String emojiOf(Decision decision) {
        return reactions.get(decision).display();
    }

    private void requireAuthorOrAdmin(Draft draft, Person person) {
        if (!person.id().equals(draft.authorId()) && !person.has(Role.ADMIN)) {
            throw new DraftRefusedException("draft.error.not-yours", draft.id());
        }
    }

    private void reply(Draft draft, String key, Object... args) {
        if (draft.card() != null) {
            chat.replyInThread(draft.card(), OutgoingMessage.text(teamTexts().get(key, args)));
        }
    }

    private void notifyAuthor(Draft draft, String key, Object... args) {
        team.person(draft.authorId()).ifPresent(author -> {
            var platform = chat.platform();
            author.account(platform).ifPresent(account -> {
                Texts texts = new Texts(messages, languages.localeOf(account));
                chat.directMessage(account, OutgoingMessage.text(texts.get(key, args)));
            });
        });
    }

    private void tell(ChannelRef channel, UserRef user, String key, Object... args) {
        chat.ephemeral(
                channel, user, OutgoingMessage.text(new Texts(messages, languages.localeOf(user)).get(key, args)));
    }

    private Texts teamTexts() {
        return new Texts(messages, languages.teamLocale());
    }

    private String status(DraftStatus status) {
        return teamTexts().get("status." + status.key());
    }

    private String name(String personId) {
        return team.person(personId).map(Person::name).orElse(personId);
    }

    private String groupName(String groupId) {
        return team.group(groupId).map(Group::name).orElse(groupId);
    }

    private static String allNetworks() {
        return String.join(
                ", ",
                java.util.Arrays.stream(Network.values()).map(Network::key).toList());
    }
}
