package io.socialdesk.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.EmojiManager;
import org.jspecify.annotations.Nullable;

/**
 * One emoji, however a platform spelled it. Slack sends short names ({@code white_check_mark},
 * {@code +1::skin-tone-3}), Discord sends unicode ({@code ✅}, {@code 👍🏽}) or custom emoji ({@code <:ship:123>});
 * all spellings of the same emoji, skin tones included, become equal values, named by their Slack short name.
 *
 * @param name the canonical short name without colons, e.g. {@code white_check_mark}
 * @param unicode the unicode form without skin tone, or {@code null} for a workspace's custom emoji
 */
public record Emoji(String name, @Nullable String unicode) {

    private static final Pattern SLACK_SKIN_TONE = Pattern.compile("::skin-tone-\\d$");
    private static final Pattern DISCORD_CUSTOM = Pattern.compile("^<a?:([\\w~-]{1,64}):\\d{1,20}>$");
    private static final Pattern SHORT_NAME = Pattern.compile("^[\\w+~-]{1,64}$");
    private static final String VARIATION_SELECTOR = "\uFE0F";
    // every reaction event parses its emoji; a team uses a few dozen, so known spellings are kept, up to a bound
    // that spellings made up by a sender cannot push memory past
    private static final int KNOWN_SPELLINGS_BOUND = 4096;
    private static final Map<String, Emoji> KNOWN_SPELLINGS = new ConcurrentHashMap<>();

    /** Parses any platform's spelling; throws {@link IllegalArgumentException} for text that is no emoji. */
    public static Emoji of(String spelling) {
        Emoji known = KNOWN_SPELLINGS.get(spelling);
        if (known != null) {
            return known;
        }
        Emoji parsed = parse(spelling);
        if (KNOWN_SPELLINGS.size() < KNOWN_SPELLINGS_BOUND) {
            KNOWN_SPELLINGS.put(spelling, parsed);
        }
        return parsed;
    }

    private static Emoji parse(String spelling) {
        String raw = spelling.strip();
        var custom = DISCORD_CUSTOM.matcher(raw);
        if (custom.matches()) {
            return fromShortName(custom.group(1));
        }
        if (raw.length() > 2 && raw.startsWith(":") && raw.endsWith(":")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        raw = SLACK_SKIN_TONE.matcher(raw).replaceFirst("");
        if (SHORT_NAME.matcher(raw).matches()) {
            return fromShortName(raw);
        }
        return fromUnicode(raw).orElseThrow(() -> new IllegalArgumentException("'" + spelling + "' is not an emoji"));
    }

    private static Emoji fromShortName(String shortName) {
        String alias = ":" + shortName + ":";
        return EmojiManager.getBySlackAlias(alias)
                .or(() -> EmojiManager.getByDiscordAlias(alias))
                .or(() -> EmojiManager.getByGithubAlias(alias))
                .map(Emoji::from)
                .orElseGet(() -> new Emoji(shortName, null));
    }

    private static Optional<Emoji> fromUnicode(String text) {
        String plain = withoutSkinTone(text);
        return EmojiManager.getEmoji(plain)
                .or(() -> EmojiManager.getEmoji(plain.replace(VARIATION_SELECTOR, "")))
                .or(() -> EmojiManager.getEmoji(plain + VARIATION_SELECTOR))
                .map(Emoji::from);
    }

    private static Emoji from(net.fellbaum.jemoji.Emoji emoji) {
        String unicode = withoutSkinTone(emoji.getEmoji()).replace(VARIATION_SELECTOR, "");
        // the skin-toned variant and the plain one must meet on the same entry
        net.fellbaum.jemoji.Emoji base = EmojiManager.getEmoji(unicode)
                .or(() -> EmojiManager.getEmoji(unicode + VARIATION_SELECTOR))
                .orElse(emoji);
        return new Emoji(shortNameOf(base), unicode);
    }

    private static String shortNameOf(net.fellbaum.jemoji.Emoji emoji) {
        for (List<String> aliases :
                List.of(emoji.getSlackAliases(), emoji.getDiscordAliases(), emoji.getGithubAliases())) {
            if (!aliases.isEmpty()) {
                String alias = aliases.get(0);
                return alias.substring(1, alias.length() - 1);
            }
        }
        return emoji.getDescription().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static String withoutSkinTone(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp < 0x1F3FB || cp > 0x1F3FF).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The emoji as people see it: unicode where there is one, {@code :name:} for custom emoji. */
    public String display() {
        return unicode != null ? unicode : ":" + name + ":";
    }
}
