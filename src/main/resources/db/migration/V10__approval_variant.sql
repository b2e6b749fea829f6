-- A network's own version of a draft's text.
CREATE TABLE approval_variant (
    draft_id BIGINT         NOT NULL REFERENCES approval_draft (id),
    network  VARCHAR(16)    NOT NULL,
    text     VARCHAR(70000) NOT NULL,
    PRIMARY KEY (draft_id, network)
);
