package io.socialdesk.local;

import io.socialdesk.PostgresSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The local chat scenarios on PostgreSQL, the production database. {@code .ci/run} starts a real server and sets
 * {@code SOCIALDESK_TEST_POSTGRES_URL}; each test gets a schema of its own.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class LocalChatOnPostgresIntegrationTests extends LocalChatScenarios {

    private final PostgresSchema schema = new PostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        stop(); // JUnit runs this before the scenarios' own clean-up; the bot must let go of the schema first
        schema.drop();
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        return schema.arguments();
    }
}
