package io.socialdesk.team;

import java.util.List;
import java.util.Set;

/** The team a fresh clone runs with, so that approvals and the watch can be tried on the local chat at once. */
final class DemoTeam {

    static final List<TeamProperties.PersonEntry> PEOPLE = List.of(
            new TeamProperties.PersonEntry(
                    "anna", "Anna Schmidt", null, null, Set.of(Role.ADMIN, Role.APPROVER, Role.ON_CALL), null),
            new TeamProperties.PersonEntry("ben", "Ben Wagner", null, null, Set.of(Role.APPROVER, Role.ON_CALL), null),
            new TeamProperties.PersonEntry("clara", "Clara Becker", null, null, Set.of(Role.APPROVER), null));

    static final List<TeamProperties.GroupEntry> GROUPS = List.of(
            new TeamProperties.GroupEntry("marketing", "Marketing", "ben", List.of("anna", "ben")),
            new TeamProperties.GroupEntry("legal", "Legal", "clara", List.of("clara")));

    private DemoTeam() {}
}
