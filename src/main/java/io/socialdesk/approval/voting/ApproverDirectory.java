package io.socialdesk.approval.voting;

import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may approve: every person's roles and every group's members, as the team has them now. */
record ApproverDirectory(Map<String, Set<Role>> roles, Map<String, List<String>> groups) {

    public ApproverDirectory {
        roles = Map.copyOf(roles);
        groups = Map.copyOf(groups);
    }

    static ApproverDirectory of(Team team) {
        return new ApproverDirectory(
                team.people().stream().collect(Collectors.toMap(Person::id, Person::roles)),
                team.groups().stream().collect(Collectors.toMap(Group::id, Group::members)));
    }

    boolean isApprover(String personId) {
        return roles.getOrDefault(personId, Set.of()).contains(Role.APPROVER);
    }

    List<String> membersOf(String groupId) {
        return groups.getOrDefault(groupId, List.of());
    }

    /** Everybody with the approver role, in id order. */
    List<String> approvers() {
        return roles.entrySet().stream()
                .filter(entry -> entry.getValue().contains(Role.APPROVER))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
