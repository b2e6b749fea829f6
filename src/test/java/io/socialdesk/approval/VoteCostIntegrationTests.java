package io.socialdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.socialdesk.BotUnderTest;
import io.socialdesk.StatementCounter;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.voting.Decision;
import io.socialdesk.approval.voting.Voting;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import io.socialdesk.local.LocalChatClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one vote costs in SQL, counted on the thread that handles it: a small, fixed number of statements. */
class VoteCostIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void aVoteThatCompletesAStepRunsAtMostTenStatements() {
        try (BotUnderTest bot = new BotUnderTest(folder)
                .config(
                        """
                        team:
                          people:
                            - {id: anna, name: Anna, roles: [admin]}
                            - {id: ben, name: Ben, roles: [approver]}
                            - {id: clara, name: Clara, roles: [approver]}
                          groups:
                            - {id: marketing, name: Marketing, members: [anna, ben]}
                            - {id: legal, name: Legal, members: [clara]}
                        approval:
                          default-policy: two-steps
                          policies:
                            - id: two-steps
                              steps: [{group: marketing, rule: any}, {group: legal, rule: any}]
                        """)
                .with(StatementCounter.Source.class)
                .start()) {
            LocalChatClient chat = bot.chat();
            chat.post("social", "anna", "/sd draft \"Zählt\" --networks linkedin --at 2030-01-01T10:00");
            await().atMost(Duration.ofSeconds(20)).until(() -> chat.messages("approvals", "anna").stream()
                    .anyMatch(message -> message.path("text").asString().contains("Entwurf #1")));
            Voting voting = bot.bean(Voting.class);

            StatementCounter.reset();
            voting.cast(
                    1,
                    new UserRef(Platform.LOCAL, "ben"),
                    Decision.APPROVE,
                    new ChannelRef(Platform.LOCAL, "approvals"));
            List<String> statements = StatementCounter.statements();

            assertThat(bot.bean(AuditTrail.class).history(1))
                    .extracting(AuditTrail.Entry::action)
                    .as("the vote counted and completed step 1")
                    .contains(AuditAction.VOTED);
            System.out.println("A vote that completes a step ran " + statements.size() + " statements:\n"
                    + String.join("\n", statements));
            assertThat(statements)
                    .as(String.join("\n", statements))
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(10);
        }
    }
}
