package io.socialdesk.approval.voting;

import java.time.Instant;

/**
 * One approver's say on one step of a draft, for one version of its content. A vote for an older version (the
 * draft was edited since) no longer counts.
 *
 * @param step the policy step, from 0, the vote was cast in
 * @param contentHash the draft's content when the vote was cast
 */
public record Vote(String personId, Decision decision, int step, String contentHash, Instant at) {}
