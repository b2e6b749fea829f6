package io.socialdesk.approval;

import io.socialdesk.OnPostgres;
import io.socialdesk.PostgresSchema;
import io.socialdesk.TestDatabase;

/** The approval flows on PostgreSQL, the production database, in a schema of their own. */
@OnPostgres
class ApprovalFlowOnPostgresIntegrationTests extends ApprovalFlowIntegrationTests {

    @Override
    TestDatabase newDatabase() {
        return new PostgresSchema();
    }
}
