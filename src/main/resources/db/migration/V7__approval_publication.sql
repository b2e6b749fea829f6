-- One row per draft and network once its slot has come: delivered at most once (the external id proves it),
-- retried with backoff on temporary failures, kept with the reason when it fails for good.
CREATE TABLE approval_publication (
    draft_id     BIGINT        NOT NULL REFERENCES approval_draft (id),
    network      VARCHAR(16)   NOT NULL,
    publisher    VARCHAR(16)   NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    attempts     INT           NOT NULL,
    not_before   TIMESTAMP WITH TIME ZONE NOT NULL,
    external_id  VARCHAR(500),
    last_error   VARCHAR(1000),
    PRIMARY KEY (draft_id, network)
);
CREATE INDEX approval_publication_due_idx ON approval_publication (state, not_before);
