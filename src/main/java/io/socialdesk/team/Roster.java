package io.socialdesk.team;

import io.socialdesk.chat.Platform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's people and groups as stored. People who leave the config are kept, marked inactive, so that history
 * that names them still shows their name.
 */
@Repository
class Roster {

    private final JdbcClient jdbc;

    Roster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void replaceWith(TeamProperties team) {
        // the row lock makes a second replica wait here until the first has written the team
        jdbc.sql("UPDATE team_sync_lock SET synced_at = CURRENT_TIMESTAMP WHERE id = 1")
                .update();
        jdbc.sql("UPDATE team_person SET active = FALSE").update();
        jdbc.sql("DELETE FROM team_account").update();
        jdbc.sql("DELETE FROM team_role").update();
        jdbc.sql("DELETE FROM team_group_member").update();
        jdbc.sql("DELETE FROM team_group").update();
        for (TeamProperties.PersonEntry person : team.people()) {
            String language =
                    person.language() == null ? null : person.language().key();
            int updated = jdbc.sql("UPDATE team_person SET display_name = ?, language = ?, active = TRUE WHERE id = ?")
                    .params(person.displayName(), language, person.id())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO team_person (id, display_name, language, active) VALUES (?, ?, ?, TRUE)")
                        .params(person.id(), person.displayName(), language)
                        .update();
            }
            insertAccount(person.id(), Platform.SLACK, person.slack());
            insertAccount(person.id(), Platform.DISCORD, person.discord());
            for (Role role : person.roles()) {
                jdbc.sql("INSERT INTO team_role (person_id, role) VALUES (?, ?)")
                        .params(person.id(), role.name())
                        .update();
            }
        }
        for (TeamProperties.GroupEntry group : team.groups()) {
            jdbc.sql("INSERT INTO team_group (id, display_name, lead_id) VALUES (?, ?, ?)")
                    .params(group.id(), group.displayName(), group.lead())
                    .update();
            for (int position = 0; position < group.members().size(); position++) {
                jdbc.sql("INSERT INTO team_group_member (group_id, person_id, position) VALUES (?, ?, ?)")
                        .params(group.id(), group.members().get(position), position)
                        .update();
            }
        }
    }

    private void insertAccount(String personId, Platform platform, @org.jspecify.annotations.Nullable String userId) {
        if (userId != null && !userId.isBlank()) {
            jdbc.sql("INSERT INTO team_account (platform, user_id, person_id) VALUES (?, ?, ?)")
                    .params(platform.key(), userId.trim(), personId)
                    .update();
        }
    }

    List<Person> activePeople() {
        Map<String, Map<Platform, String>> accounts = new HashMap<>();
        jdbc.sql("SELECT person_id, platform, user_id FROM team_account").query(rs -> {
            accounts.computeIfAbsent(rs.getString("person_id"), id -> new EnumMap<>(Platform.class))
                    .put(
                            Platform.valueOf(rs.getString("platform").toUpperCase(java.util.Locale.ROOT)),
                            rs.getString("user_id"));
        });
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT person_id, role FROM team_role").query(rs -> {
            roles.computeIfAbsent(rs.getString("person_id"), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
        });
        return jdbc.sql("SELECT id, display_name, language FROM team_person WHERE active = TRUE ORDER BY id")
                .query((rs, row) -> {
                    String id = rs.getString("id");
                    String language = rs.getString("language");
                    return new Person(
                            id,
                            rs.getString("display_name"),
                            roles.getOrDefault(id, Set.of()),
                            accounts.getOrDefault(id, Map.of()),
                            language == null ? null : Language.valueOf(language.toUpperCase(java.util.Locale.ROOT)));
                })
                .list();
    }

    List<Group> groups() {
        Map<String, List<String>> members = new HashMap<>();
        jdbc.sql("SELECT group_id, person_id FROM team_group_member ORDER BY group_id, position")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString("group_id"), id -> new ArrayList<>())
                            .add(rs.getString("person_id"));
                });
        return jdbc.sql("SELECT id, display_name, lead_id FROM team_group ORDER BY id")
                .query((rs, row) -> new Group(
                        rs.getString("id"),
                        rs.getString("display_name"),
                        rs.getString("lead_id"),
                        members.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }
}
