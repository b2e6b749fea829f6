package io.socialdesk.feeds.store;

import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store's SQL on PostgreSQL: the same tests, each on a schema of its own. */
@OnPostgres
class FeedStoreOnPostgresTests extends FeedStoreTests {

    private static final List<String> SCHEMAS = new ArrayList<>();

    @Override
    JdbcClient newDatabase() {
        String schema = "feeds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SCHEMAS.add(schema);
        String url = System.getenv(PostgresSchema.URL_VARIABLE);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password());
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
        return JdbcClient.create(dataSource);
    }

    @AfterAll
    static void dropSchemas() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(System.getenv(PostgresSchema.URL_VARIABLE), user(), password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SCHEMAS.forEach(schema ->
                jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update());
        SCHEMAS.clear();
    }

    private static String user() {
        String user = System.getenv("SOCIALDESK_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "socialdesk" : user;
    }

    private static String password() {
        String password = System.getenv("SOCIALDESK_TEST_POSTGRES_PASSWORD");
        return password == null || password.isBlank() ? "socialdesk" : password;
    }
}
