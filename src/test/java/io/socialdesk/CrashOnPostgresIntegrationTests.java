package io.socialdesk;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The crash tests on PostgreSQL, the production database, in a schema of their own. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class CrashOnPostgresIntegrationTests extends CrashIntegrationTests {

    private final PostgresSchema schema = new PostgresSchema();

    @Override
    BotProcess onDatabase(BotProcess bot) {
        schema.arguments().forEach(bot::argument);
        return bot;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        stop();
        schema.drop();
    }
}
