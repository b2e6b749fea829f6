package io.socialdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whole bot refuses to start on a config that cannot work, with one readable message and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

    @TempDir
    Path folder;

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
    void aRotationWithSomeoneNotOnTheTeamStopsStartup(CapturedOutput output) throws IOException {
        String report = failedStart(output, "oncall: {rotations: [{id: watch, members: [anna, zoe]}]}");

        assertThat(report).contains("oncall.rotations[0].members[1] = 'zoe'", "[anna, ben, clara]");
    }

    @Test
    void aPlatformTokenWithoutItsAdapterIsExplainedWithoutShowingTheToken(CapturedOutput output) throws IOException {
        String report = failedStart(output, "team: {language: en}", "--SLACK_BOT_TOKEN=xoxb-secret-value");

        assertThat(report).contains("No chat adapter", "SLACK_BOT_TOKEN");
        assertThat(output.getAll()).doesNotContain("xoxb-secret-value");
    }

    private String failedStart(CapturedOutput output, String yaml, String... extra) throws IOException {
        Path config = folder.resolve("bot-config.yml");
        Files.writeString(config, yaml);
        String[] args = new String[extra.length + 3];
        args[0] = "--config=" + config;
        args[1] = "--server.port=0";
        args[2] = "--socialdesk.data-dir=" + folder.resolve("data");
        System.arraycopy(extra, 0, args, 3, extra.length);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SocialDeskApplication.class)
                .run(args)
                .close());

        assertThat(failure).isNotNull();
        String all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START");
        String report = all.substring(all.indexOf("APPLICATION FAILED TO START"));
        assertThat(report).as("the report is free of stack traces").doesNotContain("\tat ");
        return report;
    }
}
