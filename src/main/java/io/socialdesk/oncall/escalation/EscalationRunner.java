package io.socialdesk.oncall.escalation;

import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallProperties;
import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import io.socialdesk.watch.AlertAcknowledged;
import io.socialdesk.watch.AlertResolved;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Climbs each alert's chain until a human owns it: by default the person on watch first, then the stand-in, the
 * admins and the whole channel, one step per {@code oncall.acknowledge-within}; {@code oncall.escalation} may name
 * other steps, waits and repeats. A step that finds nobody says so in the alert's thread and the chain moves on at
 * once. Taking the alert on or resolving it stops the climb. A warning raised in
 * the quiet hours waits for their end; a critical alert pages at once. Each step is taken and recorded in one
 * transaction, so a restart neither repeats nor skips a page.
 */
@Component
class EscalationRunner {

    private static final Logger log = LoggerFactory.getLogger(EscalationRunner.class);

    private final Escalations escalations;
    private final Pager pager;
    private final OnWatch onWatch;
    private final OncallProperties properties;
    private final Team team;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EscalationRunner(
            Escalations escalations,
            Pager pager,
            OnWatch onWatch,
            OncallProperties properties,
            Team team,
            TransactionTemplate transactions,
            Clock clock) {
        this.escalations = escalations;
        this.pager = pager;
        this.onWatch = onWatch;
        this.properties = properties;
        this.team = team;
        this.transactions = transactions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SpikeDetected spike) {
        Instant now = Instant.now(clock);
        Instant first = spike.severity() == AlertSeverity.CRITICAL
                ? now
                : QuietTime.pageAt(properties.quietHours(), now, team.zone());
        if (!escalations.start(
                        spike.alertId(),
                        spike.summary(),
                        spike.severity(),
                        spike.test(),
                        spike.alertMessage(),
                        Chain.of(properties.escalation(), properties.acknowledgeWithin()),
                        first)
                && spike.severity() == AlertSeverity.CRITICAL) {
            escalations.louder(spike.alertId(), spike.severity(), spike.summary(), now);
        }
        if (!first.equals(now)) {
            pager.waitingForMorning(spike.alertMessage(), first);
        }
        step(now);
    }

    @ApplicationModuleListener
    void on(AlertAcknowledged acknowledged) {
        escalations.acknowledged(
                acknowledged.alertId(), acknowledged.personId(), reminderAfter(acknowledged.acknowledgedAt()));
    }

    @ApplicationModuleListener
    void on(AlertResolved resolved) {
        escalations.resolved(resolved.alertId());
    }

    /** A reminder is not urgent: it waits for the end of the quiet hours. */
    private Instant reminderAfter(Instant at) {
        return QuietTime.pageAt(properties.quietHours(), at.plus(properties.remindAfter()), team.zone());
    }

    @SchedulerLock(name = "oncall-escalation")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.oncall-millis:15000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        try {
            tick();
        } catch (RuntimeException ex) {
            log.error("Escalating alerts failed; trying again at the next tick", ex);
        }
    }

    /** Takes every step that is due, and reminds the owners of alerts taken on but not resolved. */
    void tick() {
        Instant now = Instant.now(clock);
        step(now);
        remind(now);
    }

    private void remind(Instant now) {
        for (long alertId : escalations.dueReminders(now)) {
            try {
                transactions.executeWithoutResult(
                        status -> escalations.lockReminder(alertId, now).ifPresent(owned -> {
                            pager.remind(owned.escalation(), owned.owner());
                            escalations.remindAgainAt(alertId, reminderAfter(now));
                        }));
            } catch (RuntimeException ex) {
                log.error("Could not remind the owner of alert #{}; trying again at the next tick", alertId, ex);
            }
        }
    }

    private void step(Instant now) {
        for (long alertId : escalations.due(now)) {
            try {
                while (Boolean.TRUE.equals(transactions.execute(status -> stepOnce(alertId, now)))) {
                    // a step that found nobody moves on at once
                }
            } catch (RuntimeException ex) {
                log.error("Could not escalate alert #{}; trying again at the next tick", alertId, ex);
            }
        }
    }

    /** Takes the alert's next step if it is due; {@code true} if the one after is due at once. */
    private boolean stepOnce(long alertId, Instant now) {
        Optional<Escalations.Escalation> due = escalations.lockDue(alertId, now);
        if (due.isEmpty()) {
            return false;
        }
        Escalations.Escalation escalation = due.get();
        Chain.Planned step = escalation.chain().get(escalation.nextStep());
        List<Escalations.Paged> paged = new ArrayList<>(escalation.paged());
        int number = escalation.nextStep() + 1;
        if (step.step() == Step.CHANNEL) {
            pager.channel(escalation, number);
        } else {
            List<String> targets = targets(step, escalation, now);
            if (targets.isEmpty()) {
                log.warn("Alert #{}: step {} ({}) found nobody available", alertId, number, step.step());
                pager.nobody(escalation, number);
                escalations.stepped(escalation, paged, now);
                return true;
            }
            for (String person : targets) {
                pager.page(escalation, person, number);
                paged.add(new Escalations.Paged(step.round(), person));
            }
        }
        escalations.stepped(escalation, paged, now.plus(step.waitFor()));
        return false;
    }

    /** Whom the step pages: available people not yet paged in this climb of the chain. */
    private List<String> targets(Chain.Planned step, Escalations.Escalation escalation, Instant now) {
        List<String> already = escalation.pagedIn(step.round());
        List<String> candidates =
                switch (step.step()) {
                    case ON_WATCH -> onWatch.now(now).stream().toList();
                    case STAND_IN ->
                        onWatch
                                .now(now)
                                .or(() -> already.stream().findFirst())
                                .flatMap(first -> onWatch.standIn(first, now))
                                .stream()
                                .toList();
                    case ADMINS ->
                        team.people().stream()
                                .filter(person -> person.has(Role.ADMIN))
                                .map(Person::id)
                                .toList();
                    case PERSON -> List.of(step.ref());
                    case GROUP -> team.group(step.ref()).map(Group::members).orElse(List.of());
                    case LEAD ->
                        team.group(step.ref()).map(Group::lead).stream().toList();
                    case CHANNEL -> List.of();
                };
        return candidates.stream()
                .filter(person -> !onWatch.isAway(person, now))
                .filter(person -> !already.contains(person))
                .toList();
    }
}
