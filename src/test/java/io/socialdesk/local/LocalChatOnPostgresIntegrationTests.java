package io.socialdesk.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The local chat scenarios on PostgreSQL, the production database. {@code .ci/run} starts a real server and sets
 * {@code SOCIALDESK_TEST_POSTGRES_URL}; each test gets a schema of its own.
 */
@EnabledIfEnvironmentVariable(named = "SOCIALDESK_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class LocalChatOnPostgresIntegrationTests extends LocalChatScenarios {

    private String schema;

    @BeforeEach
    void newSchema() {
        schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        stop(); // JUnit runs this before the scenarios' own clean-up; the bot must let go of the schema first
        try (Connection connection = DriverManager.getConnection(
                        url(),
                        env("SOCIALDESK_TEST_POSTGRES_USER", "socialdesk"),
                        env("SOCIALDESK_TEST_POSTGRES_PASSWORD", "socialdesk"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String url() {
        return Objects.requireNonNull(System.getenv("SOCIALDESK_TEST_POSTGRES_URL"));
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        String url = url();
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + env("SOCIALDESK_TEST_POSTGRES_USER", "socialdesk"),
                "--spring.datasource.password=" + env("SOCIALDESK_TEST_POSTGRES_PASSWORD", "socialdesk"),
                "--spring.flyway.schemas=" + schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
