-- A watchlist muted for a while (a campaign the team expects to be loud): who, why and until when. Mentions are
-- still counted and the detector still learns; only alerts are held back.
CREATE TABLE watch_mute (
    watchlist_id VARCHAR(64)  PRIMARY KEY,
    muted_by     VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    muted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    muted_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
