-- One row that replicas lock while they write the configured team, so two starting at once do not collide.
CREATE TABLE team_sync_lock (
    id        INT NOT NULL PRIMARY KEY,
    synced_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO team_sync_lock (id, synced_at) VALUES (1, NULL);
