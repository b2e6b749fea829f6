package io.socialdesk.slack;

import io.socialdesk.BotUnderTest;
import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/** The Slack adapter end to end on PostgreSQL, the production database, in a schema of their own. */
@OnPostgres
class SlackOnPostgresIntegrationTests extends SlackIntegrationTests {

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
