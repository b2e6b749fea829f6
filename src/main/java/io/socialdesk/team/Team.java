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

/**
 * Who is on the team: people, groups and their accounts, as configured and stored. The team changes only when the
 * bot starts (from {@code bot-config.yml}), so it is read from the database once then and served from memory:
 * callers may ask for a name as often as they like without a query each time.
 */
@Service
public final class Team implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Team.class);

    private final TeamProperties properties;
    private final Roster roster;
    private volatile List<Person> people = List.of();
    private volatile List<Group> groups = List.of();

    Team(TeamProperties properties, Roster roster) {
        this.properties = properties;
        this.roster = roster;
    }

    /** Stores the configured team, so that the database agrees with the config before anyone asks. */
    @Override
    public void afterPropertiesSet() {
        roster.replaceWith(properties);
        people = List.copyOf(roster.activePeople());
        groups = List.copyOf(roster.groups());
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
        return people;
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
        return groups;
    }

    public Optional<Group> group(String id) {
        return groups().stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /** The groups {@code personId} belongs to. */
    public List<Group> groupsOf(String personId) {
        return groups().stream().filter(group -> group.includes(personId)).toList();
    }
}
