-- A publication carries the content it was approved with, so an edit after queueing never goes out unapproved.
ALTER TABLE approval_publication ADD COLUMN content_hash VARCHAR(64);

-- ShedLock: scheduled jobs run on one replica at a time when several share one database.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
