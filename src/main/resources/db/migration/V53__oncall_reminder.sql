-- Who took an alert on, and when they are next reminded that it is still not resolved.
ALTER TABLE oncall_escalation ADD COLUMN owner_id VARCHAR(64);
ALTER TABLE oncall_escalation ADD COLUMN remind_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX oncall_escalation_remind_idx ON oncall_escalation (stopped, remind_at);
