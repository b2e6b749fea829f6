package io.socialdesk;

/** The crash tests on PostgreSQL, the production database, in a schema of their own. */
@OnPostgres
class CrashOnPostgresIntegrationTests extends CrashIntegrationTests {

    @Override
    TestDatabase newDatabase() {
        return new PostgresSchema();
    }
}
