package io.socialdesk.approval.plan;

import io.socialdesk.chat.ChatCommand;
import io.socialdesk.chat.CommandReply;
import io.socialdesk.chat.CommandRequest;
import io.socialdesk.chat.Texts;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            try {
                week = EditorialPlan.Week.of(year, number, team.zone());
            } catch (java.time.DateTimeException noSuchWeek) {
                return CommandReply.privately(texts.get("queue.error.week", words.get(0), request.root()));
            }
        }
        return CommandReply.inChannel(plan.describe(week, thisWeek, texts));
    }
}
