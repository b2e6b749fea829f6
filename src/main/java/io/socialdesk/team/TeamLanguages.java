package io.socialdesk.team;

import io.socialdesk.chat.UserLanguages;
import io.socialdesk.chat.UserRef;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Speaks the team's language, or a person's own where the config gives one. */
@Component
final class TeamLanguages implements UserLanguages {

    private final Team team;

    TeamLanguages(Team team) {
        this.team = team;
    }

    @Override
    public Locale teamLocale() {
        return team.language().locale();
    }

    @Override
    public Locale localeOf(UserRef user) {
        return team.find(user).map(Person::language).map(Language::locale).orElseGet(this::teamLocale);
    }
}
