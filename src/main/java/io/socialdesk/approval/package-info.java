/**
 * The approval queue: drafts with per-network checks, approval policies and votes by reaction, scheduling and publishing, and the audit trail. Publishes {@code DraftApproved} and related events.
 */
@NullMarked
package io.socialdesk.approval;

import org.jspecify.annotations.NullMarked;
