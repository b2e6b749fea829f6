-- The latest known state of one person's decision reaction on one card, by the platform's event time, so adds and
-- removes that arrive late, twice or out of order still end in what the card really shows. A reaction given on
-- content that was edited since no longer counts.
CREATE TABLE approval_reaction (
    draft_id     BIGINT      NOT NULL REFERENCES approval_draft (id),
    card_message VARCHAR(80) NOT NULL,
    person_id    VARCHAR(64) NOT NULL,
    decision     VARCHAR(32) NOT NULL,
    present      BOOLEAN     NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    reacted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (draft_id, card_message, person_id, decision)
);

-- Whether a vote came from a reaction (taking the reaction back withdraws it) or a button (it stays). Votes cast
-- before this column existed were withdrawn by their reaction, so they keep that.
ALTER TABLE approval_vote ADD COLUMN cast_by VARCHAR(16) DEFAULT 'REACTION' NOT NULL;
