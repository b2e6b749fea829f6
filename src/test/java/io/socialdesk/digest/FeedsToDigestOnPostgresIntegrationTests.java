package io.socialdesk.digest;

import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import io.socialdesk.TestDatabase;

/** Feeds to digest on PostgreSQL, the production database, in a schema of its own. */
@OnPostgres
class FeedsToDigestOnPostgresIntegrationTests extends FeedsToDigestIntegrationTests {

    @Override
    TestDatabase newDatabase() {
        return new PostgresSchema();
    }
}
