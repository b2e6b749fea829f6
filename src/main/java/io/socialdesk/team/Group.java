package io.socialdesk.team;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A department or other group of people, e.g. {@code legal}; approval policies and escalation name groups.
 *
 * @param lead the person escalations go to, if any
 * @param members person ids, in configured order
 */
public record Group(String id, String name, @Nullable String lead, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }

    public boolean includes(String personId) {
        return members.contains(personId);
    }
}
