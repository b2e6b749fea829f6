package io.socialdesk.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The rules every configured id follows (people, groups, feeds, policies, rotations): short, stable, unique. */
public final class ConfigIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private ConfigIds() {}

    /**
     * Checks that each entry of the list under {@code key} has a well-formed id that no other entry has.
     *
     * @throws InvalidConfigException naming the first offending {@code key[i].id}
     */
    public static <T> void checkUnique(String key, List<T> entries, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String value = id.apply(entries.get(i));
            String entryKey = key + "[" + i + "].id";
            if (value == null || !ID.matcher(value).matches()) {
                throw new InvalidConfigException(
                        entryKey, value, "lower-case letters, digits, '.', '_' and '-', at most 64 characters");
            }
            if (!seen.add(value)) {
                throw new InvalidConfigException(entryKey, value, "an id no other entry under " + key + " has");
            }
        }
    }
}
