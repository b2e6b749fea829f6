package io.socialdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A schema of its own on the PostgreSQL that {@code .ci/run} starts ({@code SOCIALDESK_TEST_POSTGRES_URL}), for
 * running a suite against the production database; dropped afterwards.
 */
public final class PostgresSchema implements TestDatabase {

    public static final String URL_VARIABLE = "SOCIALDESK_TEST_POSTGRES_URL";

    private final String name =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** The command-line arguments that point the bot at this schema. */
    @Override
    public List<String> arguments() {
        String url = url();
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--spring.flyway.schemas=" + name);
    }

    @Override
    public void drop() {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException ex) {
            throw new IllegalStateException("could not drop the test schema " + name, ex);
        }
    }

    private static String url() {
        return Objects.requireNonNull(System.getenv(URL_VARIABLE), URL_VARIABLE);
    }

    private static String user() {
        return env("SOCIALDESK_TEST_POSTGRES_USER", "socialdesk");
    }

    private static String password() {
        return env("SOCIALDESK_TEST_POSTGRES_PASSWORD", "socialdesk");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
