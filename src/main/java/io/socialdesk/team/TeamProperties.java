package io.socialdesk.team;

import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.InvalidConfigException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code team} section of {@code bot-config.yml}. Without one, a small demo team (Anna, Ben, Clara) lets a
 * fresh clone try every feature on the local chat.
 *
 * @param zone the team's time zone; every schedule is evaluated in it
 * @param language the language the bot speaks to the team: {@code de} or {@code en}
 * @param people the members of the team
 * @param groups departments and other groups of people, e.g. marketing or legal
 */
@ConfigurationProperties(prefix = "socialdesk.team", ignoreUnknownFields = false)
public record TeamProperties(
        @DefaultValue("Europe/Berlin") ZoneId zone,
        @DefaultValue("de") Language language,
        @Nullable List<PersonEntry> people,
        @Nullable List<GroupEntry> groups) {

    /** Ids the chat uses for itself, e.g. as the author of the bot's own messages. */
    static final Set<String> RESERVED_IDS = Set.of("bot", "socialdesk");

    public TeamProperties {
        if (people == null || people.isEmpty()) {
            people = DemoTeam.PEOPLE;
            groups = groups == null || groups.isEmpty() ? DemoTeam.GROUPS : groups;
        }
        people = List.copyOf(people);
        groups = groups == null ? List.of() : List.copyOf(groups);
        checkPeople(people);
        checkGroups(groups, people);
    }

    /**
     * One person.
     *
     * @param id short, stable id: lower-case letters, digits, '.', '_' and '-'
     * @param name the name shown in chat
     * @param slack the person's Slack user id (U...)
     * @param discord the person's Discord user id (a snowflake)
     * @param roles any of admin, approver, on-call
     * @param language the person's own language, if not the team's
     */
    public record PersonEntry(
            String id,
            @Nullable String name,
            @Nullable String slack,
            @Nullable String discord,
            @Nullable Set<Role> roles,
            @Nullable Language language) {

        public PersonEntry {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        String displayName() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /**
     * One group.
     *
     * @param id short, stable id, e.g. legal
     * @param name the name shown in chat
     * @param lead the person id escalations go to
     * @param members the person ids in the group
     */
    public record GroupEntry(String id, @Nullable String name, @Nullable String lead, @Nullable List<String> members) {

        public GroupEntry {
            members = members == null ? List.of() : List.copyOf(members);
        }

        String displayName() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    private static void checkPeople(List<PersonEntry> people) {
        ConfigIds.checkUnique("team.people", people, PersonEntry::id);
        for (int i = 0; i < people.size(); i++) {
            if (RESERVED_IDS.contains(people.get(i).id())) {
                throw new InvalidConfigException(
                        "team.people[" + i + "].id", people.get(i).id(), "any id but " + RESERVED_IDS);
            }
        }
        Map<String, String> accounts = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            PersonEntry person = people.get(i);
            String key = "team.people[" + i + "]";
            for (var account : Map.of("slack", nullToEmpty(person.slack()), "discord", nullToEmpty(person.discord()))
                    .entrySet()) {
                if (account.getValue().isEmpty()) {
                    continue;
                }
                String other = accounts.putIfAbsent(account.getKey() + ":" + account.getValue(), person.id());
                if (other != null) {
                    throw new InvalidConfigException(
                            key + "." + account.getKey(),
                            account.getValue(),
                            "an account no other person has (it is already " + other + "'s)");
                }
            }
        }
    }

    private static void checkGroups(List<GroupEntry> groups, List<PersonEntry> people) {
        List<String> personIds = people.stream().map(PersonEntry::id).toList();
        String allowedPeople = "a person id from team.people: " + personIds;
        ConfigIds.checkUnique("team.groups", groups, GroupEntry::id);
        for (int i = 0; i < groups.size(); i++) {
            GroupEntry group = groups.get(i);
            String key = "team.groups[" + i + "]";
            if (group.lead() != null && !personIds.contains(group.lead())) {
                throw new InvalidConfigException(key + ".lead", group.lead(), allowedPeople);
            }
            for (int m = 0; m < group.members().size(); m++) {
                String member = group.members().get(m);
                if (!personIds.contains(member)) {
                    throw new InvalidConfigException(key + ".members[" + m + "]", member, allowedPeople);
                }
            }
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
