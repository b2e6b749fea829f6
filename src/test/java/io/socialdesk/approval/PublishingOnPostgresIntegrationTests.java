package io.socialdesk.approval;

import io.socialdesk.BotUnderTest;
import io.socialdesk.PostgresSchema;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Scheduling and publishing on PostgreSQL, the production database, in a schema of their own. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PublishingOnPostgresIntegrationTests extends PublishingIntegrationTests {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    BotUnderTest onDatabase(BotUnderTest bot) {
        schema.arguments().forEach(bot::argument);
        return bot;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        stop();
        schema.drop();
    }
}
