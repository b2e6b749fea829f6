package io.socialdesk.approval;

import io.socialdesk.approval.voting.Decision;
import io.socialdesk.chat.UsesChannels;
import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.CronSchedule;
import io.socialdesk.config.InvalidConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code approval} section of {@code bot-config.yml}: who signs off drafts, in which order.
 *
 * @param channel the channel purpose (under {@code chat.channels}) drafts are posted to for approval
 * @param defaultPolicy the policy a draft gets when its author names none
 * @param policies the approval policies; without any, {@code four-eyes} (one approver who is not the author)
 * @param remindAfter when pending approvers are reminded
 * @param expiryMargin how long before its planned time an unapproved draft expires
 * @param networks limits that differ from the networks' defaults, e.g. a Mastodon server's own length limit
 * @param reactions the emoji that cast each decision, as Slack short names or unicode; skin tones do not matter
 * @param publishing how approved posts go out when their time comes
 * @param guidelines the team's social media guidelines, checked on every draft
 * @param weeklyPlan when the week's editorial plan is posted, and where; none if unset
 */
@ConfigurationProperties(prefix = "socialdesk.approval", ignoreUnknownFields = false)
public record ApprovalProperties(
        @DefaultValue("approvals") String channel,
        @DefaultValue("four-eyes") String defaultPolicy,
        @Nullable List<Policy> policies,
        @DefaultValue("24h") Duration remindAfter,
        @DefaultValue("5m") Duration expiryMargin,
        @Nullable Map<Network, NetworkLimit> networks,
        @Nullable Map<Decision, String> reactions,
        @Nullable Publishing publishing,
        @Nullable Guidelines guidelines,
        @Nullable WeeklyPlan weeklyPlan)
        implements UsesChannels {

    static final Policy FOUR_EYES = new Policy("four-eyes", List.of(new Step(null, null, Rule.ANY, null)), false);

    public ApprovalProperties {
        policies = policies == null || policies.isEmpty() ? List.of(FOUR_EYES) : List.copyOf(policies);
        ConfigIds.checkUnique("approval.policies", policies, Policy::id);
        for (int p = 0; p < policies.size(); p++) {
            Policy policy = policies.get(p);
            if (policy.steps().isEmpty()) {
                throw new InvalidConfigException(
                        "approval.policies[" + p + "].steps", "[]", "at least one step naming a group or people");
            }
            for (int s = 0; s < policy.steps().size(); s++) {
                policy.steps().get(s).check("approval.policies[" + p + "].steps[" + s + "]");
            }
        }
        String wanted = defaultPolicy;
        if (policies.stream().noneMatch(policy -> policy.id().equals(wanted))) {
            throw new InvalidConfigException(
                    "approval.default-policy",
                    defaultPolicy,
                    "a policy id from approval.policies: "
                            + policies.stream().map(Policy::id).toList());
        }
        if (remindAfter.isNegative() || remindAfter.isZero()) {
            throw new InvalidConfigException("approval.remind-after", remindAfter, "a positive duration, e.g. 24h");
        }
        if (expiryMargin.isNegative()) {
            throw new InvalidConfigException("approval.expiry-margin", expiryMargin, "zero or more, e.g. 5m");
        }
        networks = networks == null ? Map.of() : Map.copyOf(networks);
        reactions = withDefaultReactions(reactions);
        publishing = publishing == null
                ? new Publishing(Publisher.HANDOVER, null, null, null, "social", Duration.ofHours(1))
                : publishing;
        publishing.check();
        guidelines = guidelines == null ? new Guidelines(null, null) : guidelines;
        networks.forEach((network, limit) -> limit.check("approval.networks." + network.key()));
    }

    static final Map<Decision, String> DEFAULT_REACTIONS = Map.of(
            Decision.APPROVE, "white_check_mark",
            Decision.REJECT, "x",
            Decision.REQUEST_CHANGES, "pencil2",
            Decision.HOLD, "double_vertical_bar");

    private static Map<Decision, String> withDefaultReactions(@Nullable Map<Decision, String> configured) {
        Map<Decision, String> reactions = new java.util.EnumMap<>(DEFAULT_REACTIONS);
        if (configured != null) {
            reactions.putAll(configured);
        }
        Map<String, Decision> seen = new java.util.HashMap<>();
        reactions.forEach((decision, emoji) -> {
            String name;
            try {
                name = io.socialdesk.chat.Emoji.of(emoji).name();
            } catch (IllegalArgumentException ex) {
                throw new InvalidConfigException(
                        "approval.reactions."
                                + decision.name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', '-'),
                        emoji,
                        "an emoji, e.g. white_check_mark or ✅");
            }
            Decision other = seen.put(name, decision);
            if (other != null) {
                throw new InvalidConfigException("approval.reactions", emoji, "a different emoji for each decision");
            }
        });
        return Map.copyOf(reactions);
    }

    /**
     * What the team's social media guidelines demand of every post.
     *
     * @param forbidden words or phrases no post may contain; case is ignored, whole words only
     * @param campaigns per campaign (the draft's {@code --campaign}): hashtags it must carry and a disclaimer
     */
    public record Guidelines(@Nullable List<String> forbidden, @Nullable Map<String, Campaign> campaigns) {

        public Guidelines {
            forbidden = forbidden == null
                    ? List.of()
                    : forbidden.stream().filter(word -> !word.isBlank()).toList();
            campaigns = campaigns == null ? Map.of() : Map.copyOf(campaigns);
        }
    }

    /**
     * One campaign's rules.
     *
     * @param requiredHashtags hashtags every post of the campaign carries, e.g. #advent2026
     * @param disclaimer text every post of the campaign contains, e.g. "Anzeige"
     */
    public record Campaign(@Nullable List<String> requiredHashtags, @Nullable String disclaimer) {

        public Campaign {
            requiredHashtags = requiredHashtags == null ? List.of() : List.copyOf(requiredHashtags);
        }
    }

    /**
     * The weekly editorial plan post.
     *
     * @param schedule when it is posted, as a cron expression in the team's zone, e.g. '0 0 9 * * MON'
     * @param channel the channel purpose it is posted to
     */
    public record WeeklyPlan(CronSchedule schedule, @DefaultValue("social") String channel) {}

    /** Who takes an approved post out into the world. */
    public enum Publisher {
        /** The author gets the final text per network, ready to copy, and confirms with a reaction. */
        HANDOVER,
        /** A signed JSON POST, for Zapier, Make, n8n, Buffer and the like. */
        WEBHOOK,
        /** Mastodon's status API, on the configured instance. */
        MASTODON,
        /** A post in one of the team's chat channels, e.g. a company-wide one. */
        CHAT
    }

    /**
     * How approved posts go out.
     *
     * @param via the publisher for every network without its own
     * @param networks publishers per network, e.g. {@code mastodon: mastodon}
     * @param webhookUrl where the webhook publisher posts; its signing secret is {@code SOCIALDESK_WEBHOOK_SECRET}
     * @param mastodonInstance the Mastodon server, e.g. https://social.example; its token is
     *     {@code MASTODON_ACCESS_TOKEN}
     * @param chatChannel the channel purpose the chat publisher posts to
     * @param maxLateness how late past its time a post may still go out by itself (the bot was down, say); later
     *     than that the author is asked instead, since yesterday's "good morning" does more harm than good
     */
    public record Publishing(
            @DefaultValue("handover") Publisher via,
            @Nullable Map<Network, Publisher> networks,
            @Nullable String webhookUrl,
            @Nullable String mastodonInstance,
            @DefaultValue("social") String chatChannel,
            @DefaultValue("1h") Duration maxLateness) {

        public Publishing {
            networks = networks == null ? Map.of() : Map.copyOf(networks);
            if (maxLateness.isNegative()) {
                throw new InvalidConfigException(
                        "approval.publishing.max-lateness", maxLateness, "zero or more, e.g. 1h");
            }
        }

        /** Automation tools' hook addresses work like passwords, so the address is not shown. */
        @Override
        public String toString() {
            return "Publishing[via=" + via + ", networks=" + networks + ", webhookUrl="
                    + (webhookUrl == null ? "unset" : "***") + ", mastodonInstance=" + mastodonInstance
                    + ", chatChannel=" + chatChannel + ", maxLateness=" + maxLateness + "]";
        }

        public Publisher publisherOf(Network network) {
            return networks.getOrDefault(network, via);
        }

        void check() {
            for (Network network : Network.values()) {
                Publisher publisher = publisherOf(network);
                String key = networks.containsKey(network)
                        ? "approval.publishing.networks." + network.key()
                        : "approval.publishing.via";
                if (publisher == Publisher.WEBHOOK && !isHttpUrl(webhookUrl)) {
                    throw new InvalidConfigException(
                            "approval.publishing.webhook-url",
                            webhookUrl == null ? "(unset)" : "(hidden)",
                            "an http(s) address, since " + key + " is webhook");
                }
                if (publisher == Publisher.MASTODON && network != Network.MASTODON && networks.containsKey(network)) {
                    throw new InvalidConfigException(key, "mastodon", "mastodon only for the mastodon network");
                }
                if (publisher == Publisher.MASTODON && network == Network.MASTODON && !isHttpUrl(mastodonInstance)) {
                    throw new InvalidConfigException(
                            "approval.publishing.mastodon-instance",
                            mastodonInstance,
                            "the server's address, e.g. https://mastodon.social");
                }
            }
            if (via == Publisher.MASTODON) {
                throw new InvalidConfigException(
                        "approval.publishing.via",
                        "mastodon",
                        "handover, webhook or chat; name mastodon under networks");
            }
        }

        private static boolean isHttpUrl(@Nullable String url) {
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() > 10;
        }
    }

    /** The limits that apply to {@code network}: configured ones, else the network's defaults. */
    public NetworkLimit limitOf(Network network) {
        NetworkLimit configured = networks.get(network);
        int maxLength = configured != null && configured.maxLength() != null
                ? configured.maxLength()
                : network.defaultMaxLength();
        int maxHashtags = configured != null && configured.maxHashtags() != null
                ? configured.maxHashtags()
                : network.defaultMaxHashtags();
        return new NetworkLimit(maxLength, maxHashtags);
    }

    /**
     * A network's limits.
     *
     * @param maxLength the longest post, counted as the network counts
     * @param maxHashtags the most hashtags; 0 for no limit
     */
    public record NetworkLimit(@Nullable Integer maxLength, @Nullable Integer maxHashtags) {

        void check(String key) {
            if (maxLength != null && (maxLength < 1 || maxLength > 100_000)) {
                throw new InvalidConfigException(key + ".max-length", maxLength, "1 to 100000");
            }
            if (maxHashtags != null && (maxHashtags < 0 || maxHashtags > 1000)) {
                throw new InvalidConfigException(key + ".max-hashtags", maxHashtags, "0 (no limit) to 1000");
            }
        }
    }

    /**
     * One approval policy: its steps are passed in order.
     *
     * @param blockOnCheckFailures refuse drafts that are too long or carry too many hashtags for one of their
     *     networks, instead of showing a warning
     */
    public record Policy(String id, @Nullable List<Step> steps, boolean blockOnCheckFailures) {

        public Policy {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /**
     * One step of a policy. Names a group or people; with neither, anyone with the approver role may vote.
     *
     * @param group the id of a group under {@code team.groups}
     * @param people person ids under {@code team.people}
     * @param rule any one, all, or {@code n-of} of them
     * @param count how many approvals {@code n-of} needs
     */
    public record Step(
            @Nullable String group,
            @Nullable List<String> people,
            @DefaultValue("any") Rule rule,
            @Nullable Integer count) {

        public Step {
            people = people == null ? List.of() : List.copyOf(people);
        }

        void check(String key) {
            if (group != null && !people.isEmpty()) {
                throw new InvalidConfigException(key, group + " and " + people, "either a group or people, not both");
            }
            if (rule == Rule.N_OF && (count == null || count < 1)) {
                throw new InvalidConfigException(key + ".count", count, "a number of approvals of at least 1");
            }
            if (rule != Rule.N_OF && count != null) {
                throw new InvalidConfigException(key + ".count", count, "only with rule n-of");
            }
            if (rule == Rule.N_OF && !people.isEmpty() && count > people.size()) {
                throw new InvalidConfigException(
                        key + ".count", count, "at most the " + people.size() + " people named");
            }
        }
    }

    /** How many of a step's approvers must approve. */
    public enum Rule {
        ANY,
        ALL,
        N_OF
    }

    @Override
    public Map<String, String> channelPurposes() {
        Map<String, String> purposes = new java.util.LinkedHashMap<>();
        purposes.put("approval.channel", channel);
        if (publishing.via() == Publisher.CHAT || publishing.networks().containsValue(Publisher.CHAT)) {
            purposes.put("approval.publishing.chat-channel", publishing.chatChannel());
        }
        if (weeklyPlan != null) {
            purposes.put("approval.weekly-plan.channel", weeklyPlan.channel());
        }
        return purposes;
    }
}
