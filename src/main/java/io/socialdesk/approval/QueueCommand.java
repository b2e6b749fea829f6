package io.socialdesk.approval;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code /sd queue [week]}: the editorial plan of a week, this one by default, with what waits for approval. */
@Component
final class QueueCommand implements ChatCommand {

    private static final Pattern WEEK = Pattern.compile("(?:(\\d{4})-?W)?(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    private final EditorialPlan plan;
    private final Team team;
    private final Clock clock;

    QueueCommand(EditorialPlan plan, Team team, Clock clock) {
        this.plan = plan;
        this.team = team;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        Texts texts = request.texts();
        LocalDate today = LocalDate.ofInstant(clock.instant(), team.zone());
        EditorialPlan.Week week;
        List<String> words = request.arguments().positional();
        boolean thisWeek = words.isEmpty();
        if (thisWeek) {
            week = EditorialPlan.Week.containing(today, team.zone());
        } else {
            Matcher matcher = WEEK.matcher(words.get(0));
            int number = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
            if (words.size() > 1 || number < 1 || number > 53) {
                return CommandReply.privately(texts.get("queue.error.week", words.get(0), request.root()));
            }
            int year = matcher.group(1) != null ? Integer.parseInt(matcher.group(1)) : today.getYear();
            week = EditorialPlan.Week.of(year, number, team.zone());
        }
        List<Draft> drafts = plan.in(week, thisWeek);
        if (drafts.isEmpty()) {
            return CommandReply.inChannel(texts.get("queue.empty", week.number(), week.year()));
        }
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("EE dd.MM. HH:mm", texts.locale()).withZone(team.zone());
        StringBuilder text = new StringBuilder(texts.get("queue.title", week.number(), week.year()));
        for (Draft draft : drafts) {
            text.append('\n')
                    .append(texts.get(
                            "queue.line",
                            draft.plannedAt() == null ? texts.get("queue.undated") : when.format(draft.plannedAt()),
                            draft.id(),
                            draft.networks().stream().map(Network::displayName).collect(Collectors.joining(", ")),
                            texts.get("status." + draft.status().key()),
                            team.person(draft.authorId()).map(Person::name).orElse(draft.authorId()),
                            preview(draft.text())));
        }
        return CommandReply.inChannel(text.toString());
    }

    private static String preview(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
