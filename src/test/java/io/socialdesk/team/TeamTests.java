package io.socialdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.MigratedDatabase;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamTests {

    private final MigratedDatabase database = new MigratedDatabase();
    private final Roster roster = new Roster(database.jdbc());

    private Team team(List<TeamProperties.PersonEntry> people, List<TeamProperties.GroupEntry> groups) {
        Team team = new Team(new TeamProperties(ZoneId.of("Europe/Berlin"), Language.DE, people, groups), roster);
        team.afterPropertiesSet();
        return team;
    }

    private static TeamProperties.PersonEntry person(String id, String slack, Set<Role> roles, Language language) {
        return new TeamProperties.PersonEntry(id, id.toUpperCase(Locale.ROOT), slack, null, roles, language);
    }

    @Test
    void findsOnePersonByEachOfTheirAccounts() {
        Team team = team(
                List.of(new TeamProperties.PersonEntry("anna", "Anna", "U1", "9001", Set.of(Role.ADMIN), null)),
                List.of());

        assertThat(team.find(new UserRef(Platform.SLACK, "U1"))).map(Person::id).contains("anna");
        assertThat(team.find(new UserRef(Platform.DISCORD, "9001")))
                .map(Person::id)
                .contains("anna");
        assertThat(team.find(new UserRef(Platform.LOCAL, "anna")))
                .map(Person::id)
                .contains("anna");
        assertThat(team.find(new UserRef(Platform.SLACK, "U2"))).isEmpty();
        assertThat(team.find(new UserRef(Platform.DISCORD, "U1")))
                .as("an id on another platform")
                .isEmpty();
    }

    @Test
    void storesRolesGroupsAndLeadsAsConfigured() {
        Team team = team(
                List.of(
                        person("anna", "U1", Set.of(Role.APPROVER, Role.ON_CALL), null),
                        person("ben", null, Set.of(), Language.EN)),
                List.of(new TeamProperties.GroupEntry("legal", "Legal", "ben", List.of("ben", "anna"))));

        Person anna = team.person("anna").orElseThrow();
        assertThat(anna.roles()).containsExactlyInAnyOrder(Role.APPROVER, Role.ON_CALL);
        assertThat(team.person("ben").orElseThrow().language()).isEqualTo(Language.EN);
        assertThat(team.group("legal").orElseThrow())
                .isEqualTo(new Group("legal", "Legal", "ben", List.of("ben", "anna")));
        assertThat(team.groupsOf("anna")).extracting(Group::id).containsExactly("legal");
    }

    @Test
    void aPersonRemovedFromTheConfigIsKeptInactiveAndComesBack() {
        team(List.of(person("anna", "U1", Set.of(), null), person("ben", "U2", Set.of(), null)), List.of());

        Team without = team(List.of(person("anna", "U1", Set.of(), null)), List.of());

        assertThat(without.people()).extracting(Person::id).containsExactly("anna");
        assertThat(without.find(new UserRef(Platform.SLACK, "U2"))).isEmpty();
        assertThat(database.jdbc()
                        .sql("SELECT active FROM team_person WHERE id = 'ben'")
                        .query(Boolean.class)
                        .single())
                .isFalse();

        Team back = team(List.of(person("anna", "U1", Set.of(), null), person("ben", "U2", Set.of(), null)), List.of());
        assertThat(back.find(new UserRef(Platform.SLACK, "U2"))).map(Person::id).contains("ben");
    }

    @Test
    void speaksThePersonsOwnLanguageElseTheTeams() {
        Team team = team(
                List.of(person("anna", "U1", Set.of(), null), person("clara", "U3", Set.of(), Language.EN)), List.of());
        TeamLanguages languages = new TeamLanguages(team);

        assertThat(languages.localeOf(new UserRef(Platform.SLACK, "U1"))).isEqualTo(Locale.GERMAN);
        assertThat(languages.localeOf(new UserRef(Platform.SLACK, "U3"))).isEqualTo(Locale.ENGLISH);
        assertThat(languages.localeOf(new UserRef(Platform.SLACK, "stranger"))).isEqualTo(Locale.GERMAN);
    }
}
