package io.socialdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatCommand;
import io.socialdesk.team.Team;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The whole bot starts on the example config, and refuses to start on a config that cannot work, with one
 * readable message and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void theExampleConfigStartsTheWholeBot() {
        Path example = Path.of("bot-config.example.yml").toAbsolutePath();

        try (ConfigurableApplicationContext context = start("--config=" + example)) {
            Team team = context.getBean(Team.class);
            assertThat(team.people()).hasSize(3);
            assertThat(team.group("legal").orElseThrow().name()).isEqualTo("Rechtsabteilung");
            assertThat(context.getBean(Channels.class).purposes())
                    .containsExactly("alerts", "approvals", "digest", "social");
        }
    }

    @Test
    void everyCommandHasHelpInGermanAndEnglish() {
        try (ConfigurableApplicationContext context = start("--socialdesk.config-file=none")) {
            MessageSource messages = context.getBean(MessageSource.class);
            assertThat(context.getBeansOfType(ChatCommand.class)).hasSizeGreaterThanOrEqualTo(3);
            for (ChatCommand command : context.getBeansOfType(ChatCommand.class).values()) {
                String key = "command." + command.name() + ".help";
                assertThat(messages.getMessage(key, null, Locale.GERMAN))
                        .as(key)
                        .isNotBlank()
                        .isNotEqualTo(messages.getMessage(key, null, Locale.ENGLISH));
            }
        }
    }

    @Test
    void anApprovalPolicyNamingAnUnknownGroupStopsStartup(CapturedOutput output) throws IOException {
        String report = failedStart(
                output,
                """
                approval:
                  policies:
                    - id: legal-only
                      steps: [{group: lawyers, rule: all}]
                  default-policy: legal-only
                """);

        assertThat(report).contains("approval.policies[0].steps[0].group = 'lawyers'", "[legal, marketing]");
    }

    @Test
    void anNOfStepAskingMoreThanTheGroupHasStopsStartup(CapturedOutput output) throws IOException {
        String report = failedStart(
                output,
                """
                approval:
                  policies: [{id: p, steps: [{group: legal, rule: n-of, count: 2}]}]
                  default-policy: p
                """);

        assertThat(report).contains("approval.policies[0].steps[0].count = '2'", "at most the 1 members of legal");
    }

    @Test
    void aChannelPurposeMissingFromChatChannelsStopsStartup(CapturedOutput output) throws IOException {
        String report = failedStart(output, "approval: {channel: aprovals}");

        assertThat(report).contains("approval.channel = 'aprovals'", "[alerts, approvals, digest, social]");
    }

    @Test
    void aRotationWithSomeoneNotOnTheTeamStopsStartup(CapturedOutput output) throws IOException {
        String report = failedStart(output, "oncall: {rotations: [{id: watch, members: [anna, zoe]}]}");

        assertThat(report).contains("oncall.rotations[0].members[1] = 'zoe'", "[anna, ben, clara]");
    }

    @Test
    void aPlatformWithoutItsAdapterIsExplained(CapturedOutput output) throws IOException {
        String channels = "chat: {channels: {social: {discord: '1'}, approvals: {discord: '2'},"
                + " alerts: {discord: '3'}, digest: {discord: '4'}}}";
        String report = failedStart(output, channels, "--socialdesk.chat.platform=discord");

        assertThat(report).contains("No chat adapter", "DISCORD_BOT_TOKEN");
    }

    @Test
    void aChannelWithoutAnIdOnThePlatformStopsStartup(CapturedOutput output) throws IOException {
        environment.put("SLACK_BOT_TOKEN", "xoxb-test");
        environment.put("SLACK_SIGNING_SECRET", "test-secret");

        String report = failedStart(output, "team: {language: en}");

        assertThat(report).contains("chat.channels.approvals.slack", "the slack channel id");
        assertThat(output.getAll()).doesNotContain("xoxb-test", "test-secret");
    }

    @Test
    void aSlackTokenWithoutAWayToReceiveEventsIsExplained(CapturedOutput output) throws IOException {
        environment.put("SLACK_BOT_TOKEN", "xoxb-test");

        String report = failedStart(output, "team: {language: en}");

        assertThat(report).contains("SLACK_APP_TOKEN, SLACK_SIGNING_SECRET", "Socket Mode", "/slack/events");
        assertThat(output.getAll()).doesNotContain("xoxb-test");
    }

    @Test
    void aTokenPastedIntoTheFileIsNotLogged(CapturedOutput output) throws IOException {
        String report = failedStart(output, "chat: {slack-bot-token: xoxb-1234-secret}");

        assertThat(report).contains("chat.slack-bot-token = '(hidden)'");
        assertThat(output.getAll()).doesNotContain("xoxb-1234-secret");
    }

    /** Environment variables the bot sees, on top of none: tokens may only come from here. */
    private final Map<String, Object> environment = new HashMap<>();

    private ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--socialdesk.data-dir=" + folder.resolve("data");
        System.arraycopy(args, 0, all, 2, args.length);
        StandardEnvironment variables = new StandardEnvironment();
        variables
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new SpringApplicationBuilder(SocialDeskApplication.class)
                .environment(variables)
                .run(all);
    }

    private String failedStart(CapturedOutput output, String yaml, String... extra) throws IOException {
        Path config = folder.resolve("bot-config.yml");
        Files.writeString(config, yaml);
        String[] args = new String[extra.length + 1];
        args[0] = "--config=" + config;
        System.arraycopy(extra, 0, args, 1, extra.length);

        Throwable failure = catchThrowable(() -> start(args).close());

        assertThat(failure).isNotNull();
        String all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START");
        String report = all.substring(all.lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(report).as("the report is free of stack traces").doesNotContain("\tat ");
        return report;
    }
}
