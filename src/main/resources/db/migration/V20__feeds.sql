-- One feed the bot reads, from bot-config.yml (origin CONFIG, seeded at startup) or added in chat (origin CHAT),
-- with its polling state: validators for conditional GETs, when it is due next (also the claim: a replica moves
-- next_poll_at forward before fetching, so no other replica takes the same feed), and its health.
CREATE TABLE feeds_source (
    id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    url                   VARCHAR(2000) NOT NULL,
    topics                VARCHAR(1000) NOT NULL,
    poll_seconds          INT           NOT NULL,
    origin                VARCHAR(16)   NOT NULL,
    added_by              VARCHAR(64),
    added_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    etag                  VARCHAR(500),
    last_modified         VARCHAR(100),
    next_poll_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    polled_once           BOOLEAN       NOT NULL,
    consecutive_failures  INT           NOT NULL,
    health                VARCHAR(16)   NOT NULL,
    health_reason         VARCHAR(500),
    health_since          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_success_at       TIMESTAMP WITH TIME ZONE,
    last_item_count       INT           NOT NULL
);
CREATE INDEX feeds_source_due_idx ON feeds_source (next_poll_at);

-- The items each feed has delivered, by the SHA-256 of each of their identities (the stable key, the clean link,
-- the title with its date), so a poll publishes only what is new even when a feed changes its guid scheme.
-- last_seen_at moves on every poll that still carries the item, so only keys of items gone from the feed expire.
CREATE TABLE feeds_seen_item (
    feed_id       VARCHAR(64) NOT NULL,
    item_key      VARCHAR(64) NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX feeds_seen_item_age_idx ON feeds_seen_item (last_seen_at);
