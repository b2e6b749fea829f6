package io.socialdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.digest.DigestProperties;
import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.oncall.OncallProperties;
import io.socialdesk.team.Language;
import io.socialdesk.team.TeamProperties;
import io.socialdesk.watch.WatchProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Wrong values in bot-config.yml stop startup with one message naming the key, the value and what is allowed. */
class BotConfigValidationIntegrationTests {

    @TempDir
    Path folder;

    // no @Configuration: the bot's component scan would find it and use it in every other test's context too
    @EnableConfigurationProperties({
        TeamProperties.class,
        ChatProperties.class,
        FeedsProperties.class,
        DigestProperties.class,
        ApprovalProperties.class,
        WatchProperties.class,
        OncallProperties.class
    })
    @Import(ConfigValueConverters.class)
    static class PropertiesOnly {}

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            unknown zone           | team: {zone: Mars/Olympus}                                  | team.zone = 'Mars/Olympus' | Europe/Berlin
            unknown language       | team: {language: fr}                                        | team.language = 'fr'       | one of [de, en]
            bad cron               | digest: {schedule: every morning}                           | digest.schedule = 'every morning' | six fields
            bad cron in rotation   | oncall: {rotations: [{id: w, members: [anna], handoff: '0 9 * *'}]} | oncall.rotations[0].handoff = '0 9 * *' | six fields
            unknown group member   | team: {people: [{id: anna}, {id: ben}], groups: [{id: legal, members: [ben, zoe]}]} | team.groups[0].members[1] = 'zoe' | [anna, ben]
            unknown group lead     | team: {people: [{id: anna}], groups: [{id: legal, lead: carl}]} | team.groups[0].lead = 'carl' | [anna]
            duplicate person       | team: {people: [{id: anna}, {id: anna}]}                    | team.people[1].id = 'anna' | no other entry
            shared slack account   | team: {people: [{id: anna, slack: U1}, {id: ben, slack: U1}]} | team.people[1].slack = 'U1' | already anna's
            badly formed id        | team: {people: [{id: Anna Schmidt}]}                        | team.people[0].id = 'Anna Schmidt' | lower-case letters
            duplicate feed         | feeds: {sources: [{id: a, url: 'https://a.example/f'}, {id: a, url: 'https://b.example/f'}]} | feeds.sources[1].id = 'a' | no other entry
            feed not http          | feeds: {sources: [{id: a, url: 'ftp://a.example/f'}]}       | feeds.sources[0].url = 'ftp://a.example/f' | http or https
            feed unknown topic     | feeds: {topics: [{id: news}], sources: [{id: a, url: 'https://a.example/f', topics: [sport]}]} | feeds.sources[0].topics[0] = 'sport' | [news]
            poll too often         | feeds: {poll-interval: 10s}                                 | feeds.poll-interval = 'PT10S' | at least 1m
            unknown default policy | approval: {default-policy: legal-first}                     | approval.default-policy = 'legal-first' | [four-eyes]
            n-of without count     | approval: {policies: [{id: p, steps: [{group: legal, rule: n-of}]}], default-policy: p} | approval.policies[0].steps[0].count = 'null' | at least 1
            bucket too wide        | watch: {bucket: 2h}                                         | watch.bucket = 'PT2H'      | 1m to 1h
            empty watchlist        | watch: {watchlists: [{id: brand, terms: []}]}               | watch.watchlists[0].terms  | at least one term
            bad command root       | chat: {command: 'SD!'}                                      | chat.command = 'SD!'       | lower-case letters
            unknown key            | team: {zonee: Europe/Berlin}                                | team.zonee                 | allowed keys here: [zone, language, people, groups]
            unknown nested key     | team: {people: [{id: anna, nmae: Anna}]}                    | team.people[0].nmae        | [id, name, slack, discord, roles, language]
            unknown section        | teams: {zone: UTC}                                          | teams = '(section)'        | top-level sections
            reserved person id     | team: {people: [{id: bot}]}                                 | team.people[0].id = 'bot'  | any id but
            half quiet hours       | oncall: {quiet-hours: {from: '22:00'}}                      | oncall.quiet-hours         | both 'from' and 'to'
            token pasted in file   | chat: {slack-token: xoxb-123-secret}                        | chat.slack-token = '(hidden)' | allowed keys here
            """)
    void refusesWrongValuesNamingKeyValueAndWhatIsAllowed(String problem, String yaml, String named, String allowed)
            throws IOException {
        FailureAnalysis analysis = startupFailure(yaml);

        assertThat(analysis.getDescription()).contains(named).contains(allowed);
        assertThat(analysis.getAction()).contains("bot-config.example.yml");
    }

    @Test
    void saysWhichLineOfTheFileHoldsTheWrongValue() throws IOException {
        FailureAnalysis analysis = startupFailure("team:\n  language: en\n  zone: Europe/Berln\n");

        assertThat(analysis.getDescription())
                .contains("team.zone = 'Europe/Berln'")
                .contains("bot-config.yml] - 3:");
    }

    @Test
    void refusesAFileThatIsNoYaml() throws IOException {
        assertThat(startupFailure("team: [unclosed").getDescription()).contains("valid YAML");
    }

    @Test
    void refusesAConfigPathThatDoesNotExist() {
        Throwable failure = catchThrowable(() -> start("config=" + folder.resolve("missing.yml")));

        assertThat(new ConfigFailureAnalyzer().analyze(failure).getDescription())
                .contains("--config")
                .contains("missing.yml")
                .contains("readable YAML file");
    }

    @Test
    void runsOnBuiltInDefaultsWithoutAFile() {
        try (ConfigurableApplicationContext context = start("socialdesk.config-file=none")) {
            TeamProperties team = context.getBean(TeamProperties.class);
            assertThat(team.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(team.language()).isEqualTo(Language.DE);
            assertThat(team.people()).extracting(TeamProperties.PersonEntry::id).contains("anna", "ben", "clara");
            assertThat(context.getBean(ApprovalProperties.class).defaultPolicy())
                    .isEqualTo("four-eyes");
        }
    }

    @Test
    void environmentVariablesOverrideSingleValuesOfTheFile() throws IOException {
        Path file = write("team: {zone: Europe/Berlin, language: de}");
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("SOCIALDESK_TEAM_LANGUAGE", "en")));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PropertiesOnly.class)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .run("--config=" + file)) {
            TeamProperties team = context.getBean(TeamProperties.class);
            assertThat(team.language()).isEqualTo(Language.EN);
            assertThat(team.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        }
    }

    private FailureAnalysis startupFailure(String yaml) throws IOException {
        Path file = write(yaml);
        Throwable failure =
                catchThrowable(() -> start("socialdesk.config-file=" + file).close());
        assertThat(failure).as("startup with %s", yaml).isNotNull();
        FailureAnalysis analysis = new ConfigFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }

    private Path write(String yaml) throws IOException {
        Path file = folder.resolve("bot-config.yml");
        Files.writeString(file, yaml);
        return file;
    }

    /** Starts with {@code properties} as command-line arguments, the way people pass {@code --config}. */
    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(PropertiesOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(java.util.Arrays.stream(properties)
                        .map(property -> "--" + property)
                        .toArray(String[]::new));
    }
}
