package io.socialdesk.approval;

import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import io.socialdesk.TestDatabase;

/** Publishing on PostgreSQL, the production database, in a schema of their own. */
@OnPostgres
class PublishingOnPostgresIntegrationTests extends PublishingIntegrationTests {

    @Override
    TestDatabase newDatabase() {
        return new PostgresSchema();
    }
}
