package io.socialdesk.team;

import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One member of the team, the same person on every platform.
 *
 * @param id the short, stable id used in configuration and commands, e.g. {@code anna}
 * @param name the name shown in chat
 * @param roles what the person may do
 * @param accounts the person's user id per platform; on the local chat the id is the person's own
 * @param language the person's own language, or {@code null} for the team's
 */
public record Person(
        String id, String name, Set<Role> roles, Map<Platform, String> accounts, @Nullable Language language) {

    public Person {
        roles = Set.copyOf(roles);
        accounts = Map.copyOf(accounts);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The person's account on {@code platform}, if they have one there. */
    public Optional<UserRef> account(Platform platform) {
        if (platform == Platform.LOCAL) {
            return Optional.of(new UserRef(Platform.LOCAL, id));
        }
        return Optional.ofNullable(accounts.get(platform)).map(userId -> new UserRef(platform, userId));
    }
}
