-- Cards an edit replaced: a reaction there no longer counts, and whoever reacts is pointed to the new card.
CREATE TABLE approval_superseded_card (
    card_channel VARCHAR(200) NOT NULL,
    card_message VARCHAR(64)  NOT NULL,
    draft_id     BIGINT       NOT NULL REFERENCES approval_draft (id),
    PRIMARY KEY (card_channel, card_message)
);
