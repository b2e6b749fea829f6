package io.socialdesk.local;

import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The local chat scenarios on PostgreSQL, the production database, in a schema of their own. */
@OnPostgres
class LocalChatOnPostgresIntegrationTests extends LocalChatScenarios {

    private final PostgresSchema schema = new PostgresSchema();

    @AfterEach
    void dropSchema() {
        stop(); // JUnit runs this before the scenarios' own clean-up; the bot must let go of the schema first
        schema.drop();
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        return schema.arguments();
    }
}
