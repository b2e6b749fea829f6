-- Which replica delivers a queue of the Slack outbox (a channel, or a person's direct messages), and until when:
-- one replica at a time per queue keeps its order, and a crashed replica's queues are taken over when the lease
-- runs out.
CREATE TABLE slack_queue (
    queue       VARCHAR(80)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL
);
