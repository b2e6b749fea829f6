package io.socialdesk.approval;

import static org.awaitility.Awaitility.await;

import io.socialdesk.BotUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The approval tick runs under a ShedLock lock, so replicas sharing one database do not run it twice. */
class SchedulerLockIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void theTickTakesItsLock() {
        try (BotUnderTest bot = new BotUnderTest(folder)
                .argument("--socialdesk.ticks.initial-delay-millis=100")
                .argument("--socialdesk.ticks.approval-millis=200")
                .start()) {
            JdbcClient jdbc = bot.bean(JdbcClient.class);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'approval-tick'")
                                    .query(Long.class)
                                    .single()
                            == 1);
        }
    }
}
