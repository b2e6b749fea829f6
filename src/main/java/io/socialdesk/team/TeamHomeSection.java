package io.socialdesk.team;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.HomeSection;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserRef;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The top of a person's home page: who the bot takes them for, as {@code /sd whoami} says it. */
@Component
@Order(0)
final class TeamHomeSection implements HomeSection {

    private final Team team;

    TeamHomeSection(Team team) {
        this.team = team;
    }

    @Override
    public List<Block> blocksFor(UserRef user, Texts texts) {
        return List.of(new Block.Section(team.find(user)
                .map(person -> WhoamiCommand.describe(person, team, texts))
                .orElseGet(() -> NotOnTheTeam.text(texts, user))));
    }
}
