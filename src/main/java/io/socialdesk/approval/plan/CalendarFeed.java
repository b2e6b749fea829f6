package io.socialdesk.approval.plan;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.config.EnvironmentVariables;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editorial plan as an iCalendar feed at {@code /calendar.ics?token=...}, so it shows in Outlook or Google
 * Calendar. The token comes from {@code SOCIALDESK_CALENDAR_TOKEN}; without it the feed is off.
 */
@RestController
final class CalendarFeed {

    private static final Duration LOOK_BACK = Duration.ofDays(30);
    private static final Duration SLOT = Duration.ofMinutes(15);

    private final EditorialPlan plan;
    private final Team team;
    private final MessageSource messages;
    private final Clock clock;
    private final byte @Nullable [] token;

    CalendarFeed(
            EditorialPlan plan, Team team, MessageSource messages, Clock clock, ConfigurableEnvironment environment) {
        this.plan = plan;
        this.team = team;
        this.messages = messages;
        this.clock = clock;
        String configured = EnvironmentVariables.of(environment).get("SOCIALDESK_CALENDAR_TOKEN");
        this.token = configured == null ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> calendar(@RequestParam(required = false) @Nullable String token) {
        if (this.token == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body("the calendar feed is off: set SOCIALDESK_CALENDAR_TOKEN");
        }
        if (token == null || !MessageDigest.isEqual(this.token, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("wrong or missing token");
        }
        var texts = new io.socialdesk.chat.Texts(messages, team.language().locale());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//SocialDesk//Editorial plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Draft draft : plan.since(Instant.now(clock).minus(LOOK_BACK))) {
            String networks =
                    draft.networks().stream().map(Network::displayName).collect(Collectors.joining(", "));
            String summary = texts.get(
                    "calendar.summary",
                    draft.id(),
                    texts.get("status." + draft.status().key()),
                    networks);
            VEvent event = new VEvent(draft.plannedAt(), SLOT, summary);
            event.add(new Uid("draft-" + draft.id() + "@socialdesk"));
            event.add(new Description(draft.text() + "\n\n— "
                    + team.person(draft.authorId()).map(Person::name).orElse(draft.authorId())));
            if (draft.campaign() != null) {
                event.add(new Categories(draft.campaign()));
            }
            calendar.add(event);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(calendar.toString());
    }
}
