-- What the author was last told about a draft's approval, and when to tell them again: a burst of votes and
-- withdrawals ends in one message about where the draft stands, sent once the burst is over.
CREATE TABLE approval_author_notice (
    draft_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES approval_draft (id),
    told_status VARCHAR(32)  NOT NULL,
    actor_id    VARCHAR(64),
    due_at      TIMESTAMP WITH TIME ZONE
);
