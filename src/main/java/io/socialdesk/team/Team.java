package io.socialdesk.team;

import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/** Who is on the team: people, groups and their accounts, as configured and stored. */
@Service
public final class Team implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Team.class);

    private final TeamProperties properties;
    private final Roster roster;

    Team(TeamProperties properties, Roster roster) {
        this.properties = properties;
        this.roster = roster;
    }

    /** Stores the configured team, so that the database agrees with the config before anyone asks. */
    @Override
    public void afterPropertiesSet() {
        roster.replaceWith(properties);
        log.info(
                "Team: {} people, {} groups, time zone {}, language {}",
                properties.people().size(),
                properties.groups().size(),
                properties.zone(),
                properties.language().key());
    }

    public ZoneId zone() {
        return properties.zone();
    }

    public Language language() {
        return properties.language();
    }

    /** The active members of the team, ordered by id. */
    public List<Person> people() {
        return roster.activePeople();
    }

    public Optional<Person> person(String id) {
        return people().stream().filter(person -> person.id().equals(id)).findFirst();
    }

    /** The person behind a platform account, if they are on the team. */
    public Optional<Person> find(UserRef user) {
        if (user.platform() == Platform.LOCAL) {
            return person(user.id());
        }
        return people().stream()
                .filter(person -> user.id().equals(person.accounts().get(user.platform())))
                .findFirst();
    }

    public List<Group> groups() {
        return roster.groups();
    }

    public Optional<Group> group(String id) {
        return groups().stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /** The groups {@code personId} belongs to. */
    public List<Group> groupsOf(String personId) {
        return groups().stream().filter(group -> group.includes(personId)).toList();
    }
}
