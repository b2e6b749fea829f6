-- Days found ahead on which nobody can keep the watch, kept so each gap is reported once; a day drops out when it
-- is covered again or has passed.
CREATE TABLE oncall_gap (
    gap_day     DATE PRIMARY KEY,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row a replica locks while it checks, so two checks at once neither collide nor report a gap twice.
CREATE TABLE oncall_gap_lock (
    id         INT NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO oncall_gap_lock (id, checked_at) VALUES (1, NULL);
