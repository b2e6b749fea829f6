-- Who was last announced as keeping the watch (empty: nobody could), so each handoff is announced once, also with
-- several replicas and across restarts.
CREATE TABLE oncall_watch (
    id        INT NOT NULL PRIMARY KEY,
    person_id VARCHAR(64),
    since     TIMESTAMP WITH TIME ZONE NOT NULL
);
