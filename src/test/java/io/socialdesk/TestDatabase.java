package io.socialdesk;

import java.util.List;

/**
 * The database a suite runs the bot on: H2, the bot's default, or a schema of its own on the PostgreSQL that
 * {@code .ci/run} starts. A suite asks for one with an overridable {@code newDatabase()}; its PostgreSQL twin is a
 * subclass annotated {@link OnPostgres} that answers {@code new PostgresSchema()}.
 */
public interface TestDatabase {

    /** The bot's own default database. */
    TestDatabase H2 = new TestDatabase() {
        @Override
        public List<String> arguments() {
            return List.of();
        }

        @Override
        public void drop() {}
    };

    /** Command-line arguments that point the bot at this database. */
    List<String> arguments();

    /** Removes what the suite left behind; the bot must be stopped first. */
    void drop();
}
